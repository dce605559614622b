// Read helpers over a project: find blocks across flows, list every reference a block holds.
import type { Block } from './blocks';
import type { Flow, Project } from './project';
import type { Button, Message } from './message';

export interface BlockLocation {
  block: Block;
  flow: Flow;
  flowIndex: number;
  blockIndex: number;
}

/** Every block of the project by id (ids are unique across flows). Later duplicates are ignored. */
export function indexBlocks(project: Pick<Project, 'flows'>): Map<string, BlockLocation> {
  const map = new Map<string, BlockLocation>();
  project.flows.forEach((flow, flowIndex) =>
    flow.blocks.forEach((block, blockIndex) => {
      if (!map.has(block.id)) map.set(block.id, { block, flow, flowIndex, blockIndex });
    }),
  );
  return map;
}

export function* allBlocks(project: Pick<Project, 'flows'>): Generator<Block> {
  for (const flow of project.flows) yield* flow.blocks;
}

/** One outgoing reference of a block: where it is held (`path`, relative to the block) and its target. */
export interface BlockReference {
  /** Handle kind, as drawn on the canvas. */
  kind: 'next' | 'button' | 'rule' | 'else' | 'onError' | 'onFail' | 'blockValue';
  /** JSON path relative to the block, e.g. ['messages', 0, 'buttons', 1, 'goTo']. */
  path: (string | number)[];
  target: string;
  label?: string;
}

function buttonRefs(messages: Message[], base: string): BlockReference[] {
  const refs: BlockReference[] = [];
  const push = (buttons: Button[], path: (string | number)[]) =>
    buttons.forEach((button, bi) => {
      if ('goTo' in button)
        refs.push({ kind: 'button', path: [...path, bi, 'goTo'], target: button.goTo, label: button.title });
    });
  messages.forEach((m, mi) => {
    if (m.kind === 'buttons') push(m.buttons, [base, mi, 'buttons']);
    if (m.kind === 'quickReplies') push(m.replies, [base, mi, 'replies']);
    if (m.kind === 'carousel')
      m.cards.forEach((c, ci) => push(c.buttons, [base, mi, 'cards', ci, 'buttons']));
  });
  return refs;
}

function blockValueRefs(value: unknown, path: (string | number)[], out: BlockReference[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => blockValueRefs(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1 && keys[0] === '$block' && typeof obj.$block === 'string')
      out.push({ kind: 'blockValue', path: [...path, '$block'], target: obj.$block });
    else for (const k of keys) blockValueRefs(obj[k], [...path, k], out);
  }
}

/** Every block id a block refers to, in a stable order (the canvas draws one edge per reference). */
export function blockReferences(block: Block): BlockReference[] {
  const refs: BlockReference[] = [];
  switch (block.type) {
    case 'message':
      refs.push(...buttonRefs(block.messages, 'messages'));
      break;
    case 'input':
      refs.push(...buttonRefs(block.prompt, 'prompt'));
      if (block.onFail) refs.push({ kind: 'onFail', path: ['onFail'], target: block.onFail });
      break;
    case 'goto':
      block.rules.forEach((r, i) => refs.push({ kind: 'rule', path: ['rules', i, 'goTo'], target: r.goTo }));
      if (block.else) refs.push({ kind: 'else', path: ['else'], target: block.else });
      break;
    case 'api':
      blockValueRefs(block.query, ['query'], refs);
      blockValueRefs(block.body, ['body'], refs);
      if (block.onError) refs.push({ kind: 'onError', path: ['onError'], target: block.onError });
      break;
    case 'code':
      if (block.onError) refs.push({ kind: 'onError', path: ['onError'], target: block.onError });
      break;
  }
  if ('next' in block && block.next) refs.unshift({ kind: 'next', path: ['next'], target: block.next });
  return refs;
}
