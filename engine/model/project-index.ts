// Read helpers over a project: find blocks across flows, list every reference a block holds.
import { kindOf, type Block, type BlockReference, type BlockSlot } from './blocks';
import type { Flow, Project } from './project';

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

/** Every block id a block refers to, in a stable order (the canvas draws one edge per reference). */
export function blockReferences(block: Block): BlockReference[] {
  return blockSlots(block).filter((r): r is BlockReference => r.target !== undefined);
}

/** Every reference slot of a block, `next` first when set, with the buttons and rules not connected yet. */
export function blockSlots(block: Block): BlockSlot[] {
  const refs = kindOf(block).references(block);
  if ('next' in block && block.next) refs.unshift({ kind: 'next', path: ['next'], target: block.next });
  return refs;
}

/** The buttons and rules of a block that lead nowhere yet (validation reports them as not connected). */
export const unconnectedSlots = (block: Block): BlockSlot[] =>
  kindOf(block)
    .references(block)
    .filter((r) => r.target === undefined);
