// Random edits as the editor issues them, for the editor store's property tests: a step names a kind of
// edit and two numbers that pick its blocks and values in the current project.
import type { Command } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { copyBlocks, pasteCommand } from '../../../engine/edit';
import { newBlock } from '../../../renderer/canvas/new-block';

export const KINDS = [
  'add',
  'move',
  'connect',
  'disconnect',
  'text',
  'delete',
  'paste',
  'rename',
  'flow',
  'variable',
  'settings',
  'intent',
  'mock',
] as const;
export type Step = { kind: (typeof KINDS)[number]; a: number; b: number };

function ids(p: Project): string[] {
  return p.flows.flatMap((f) => f.blocks.map((b) => b.id));
}

/** A concrete command for this step against the current project (or none when it does not apply). */
export function commandFor(p: Project, { kind, a, b }: Step, n: number): Command | undefined {
  const all = ids(p);
  const pick = (i: number) => all[i % Math.max(all.length, 1)];
  const x = pick(a);
  const y = pick(b);
  const flow = p.flows[a % p.flows.length]!.id;
  switch (kind) {
    case 'add':
      return {
        type: 'addBlock',
        flow,
        block: newBlock((['message', 'input', 'goto', 'api', 'code'] as const)[a % 5]!, `n${n}`, {
          x: a,
          y: b,
        }),
      };
    case 'move':
      return x ? { type: 'moveBlocks', moves: [{ id: x, position: { x: a * 10, y: b * 10 } }] } : undefined;
    case 'connect':
      return x && y ? { type: 'connect', block: x, slot: 'next', target: y } : undefined;
    case 'disconnect':
      return x ? { type: 'disconnect', block: x, slot: 'next' } : undefined;
    case 'text':
      return x ? { type: 'updateBlock', id: x, patch: { notes: `note ${a}` } } : undefined;
    case 'delete':
      return x && all.length > 1 ? { type: 'deleteBlocks', ids: [x], reconnect: b % 2 === 0 } : undefined;
    case 'paste': {
      const copy = x ? copyBlocks(p, [x]) : undefined;
      return copy?.ok ? pasteCommand(copy.payload, flow, { offset: { x: 40, y: 40 } }) : undefined;
    }
    case 'rename':
      return x ? { type: 'renameBlock', from: x, to: `r${n}` } : undefined;
    case 'flow':
      return { type: 'addFlow', id: `f${n}`, name: `Flow ${n}` };
    case 'variable':
      return { type: 'setVariable', variable: { name: `v${a % 3}`, description: `d${b}` } };
    case 'settings':
      return x ? { type: 'updateSettings', patch: { startBlock: x } } : undefined;
    case 'intent':
      return {
        type: 'setIntent',
        intent: { id: `i${a % 3}`, examples: [`example ${b}`], ...(x ? { block: x } : {}) },
      };
    case 'mock':
      return { type: 'setMock', mock: { method: 'GET', url: `https://x/${a}`, status: 200 } };
  }
}
