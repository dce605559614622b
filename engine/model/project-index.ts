// Read helpers over a project: find blocks across flows, list every reference a block holds.
import { kindOf, type Block, type BlockReference } from './blocks';
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
  const refs = kindOf(block).references(block);
  if ('next' in block && block.next) refs.unshift({ kind: 'next', path: ['next'], target: block.next });
  return refs;
}
