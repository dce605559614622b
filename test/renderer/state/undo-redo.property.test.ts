// Undo/redo through the renderer's project store restore exactly the previous project state, for
// random sequences of every kind of edit the editor issues.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { copyBlocks, pasteCommand } from '../../../engine/edit';
import { newBlock } from '../../../renderer/canvas/new-block';
import { message, project } from '../fixtures';

const KINDS = [
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
type Step = { kind: (typeof KINDS)[number]; a: number; b: number };

function ids(p: Project): string[] {
  return p.flows.flatMap((f) => f.blocks.map((b) => b.id));
}

/** A concrete command for this step against the current project (or none when it does not apply). */
function commandFor(p: Project, { kind, a, b }: Step, n: number): Command | undefined {
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

describe('undo/redo through the editor store', () => {
  it('restores exactly every previous state, back to the start and forward again', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ kind: fc.constantFrom(...KINDS), a: fc.nat(50), b: fc.nat(50) }), {
          minLength: 1,
          maxLength: 25,
        }),
        async (steps) => {
          const start = project([message('welcome', 'Hi'), message('bye', 'Bye')]);
          const store = createEditorStore(start, { backend: memoryBackend(start) });
          const states: Project[] = [store.getState().project];
          steps.forEach((step, n) => {
            const command = commandFor(store.getState().project, step, n);
            if (!command) return;
            const result = store.getState().apply([command], step.kind);
            if (result.ok) {
              if (store.getState().project !== states.at(-1)) states.push(store.getState().project);
            } else expect(store.getState().project).toBe(states.at(-1));
          });
          for (let i = states.length - 2; i >= 0; i--) {
            expect(await store.getState().undo()).toBe(true);
            expect(store.getState().project).toEqual(states[i]);
          }
          expect(store.getState().canUndo).toBe(false);
          for (let i = 1; i < states.length; i++) {
            expect(await store.getState().redo()).toBe(true);
            expect(store.getState().project).toEqual(states[i]);
          }
          expect(store.getState().canRedo).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
