// A generated flow for the canvas benchmark: `count` blocks of every type (in turn) on a grid, each continuing to
// its neighbour, with buttons, rules and error routes, so nodes have several handles and edges.
import { BLOCK_TYPES, type Block, type Project } from '../../engine/model';
import { BLOCK_GRIDS } from '../../test/builders/kind-grids';

export const COLUMNS = 50;
export const DX = 320;
export const DY = 280;

function block(i: number, count: number): Block {
  const type = BLOCK_TYPES[i % BLOCK_TYPES.length]!;
  return BLOCK_GRIDS[type]({
    i,
    id: `b${i}`,
    position: { x: (i % COLUMNS) * DX, y: Math.floor(i / COLUMNS) * DY },
    next: i + 1 < count ? `b${i + 1}` : undefined,
    other: `b${(i + COLUMNS) % count}`,
  });
}

export function generateProject(count: number): Project {
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) blocks.push(block(i, count));
  return {
    format: 'botloom/1',
    name: `Generated ${count}`,
    language: 'en',
    startBlock: 'b0',
    variables: [],
    intents: [],
    flows: [{ id: 'main', name: 'Main', blocks }],
    tests: [],
    mocks: [],
  };
}
