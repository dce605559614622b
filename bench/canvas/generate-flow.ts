// A generated flow for the canvas benchmark: `count` blocks of every type (in turn) on a grid, each continuing to
// its neighbour, with buttons, rules and error routes, so nodes have several handles and edges. With `hubs`,
// three hub blocks in the middle of the plane: an error block every API block routes its errors to, a menu
// block every ten-block segment ends at, and a block 2,000 exits lead to.
import { BLOCK_TYPES, type Block, type BlockType, type Project } from '../../engine/model';
import { BLOCK_GRIDS } from '../../test/builders/kind-grids';

export const COLUMNS = 50;
export const DX = 320;
export const DY = 280;

/** The hubs' block ids (column 20–22 of rows 12–13; the benchmark pans from there). */
export const HUBS = { error: 'b621', menu: 'b672', big: 'b670' } as const;

/**
 * The kinds of the hub flow, in turn: fixed, so that its topology stays the one the issue measures (500 API
 * blocks into the error hub, 2,000 exits into the big one) when block kinds are added. Without hubs every
 * kind takes its turn.
 */
const HUB_KINDS = [
  'message',
  'input',
  'goto',
  'api',
  'code',
  'clearSession',
  'getTime',
  'jsonBuilder',
  'email',
  'onVariableChange',
] as const satisfies readonly BlockType[];

const kindAt = (i: number, hubs: boolean): BlockType =>
  hubs ? HUB_KINDS[i % HUB_KINDS.length]! : BLOCK_TYPES[i % BLOCK_TYPES.length]!;

function routes(i: number, count: number, hubs: boolean): { next: string | undefined; other: string } {
  let next = i + 1 < count ? `b${i + 1}` : undefined;
  let other = `b${(i + COLUMNS) % count}`;
  const id = `b${i}`;
  if (!hubs || Object.values(HUBS).includes(id as never)) return { next, other };
  const type = kindAt(i, hubs);
  if (type === 'api') other = HUBS.error;
  if (type === 'message' || type === 'goto' || type === 'code') other = HUBS.big;
  if (type === 'clearSession' || (type === 'jsonBuilder' && i < 20)) next = HUBS.big;
  if (i % 10 === 9) next = HUBS.menu;
  return { next, other };
}

function block(i: number, count: number, hubs: boolean): Block {
  const type = kindAt(i, hubs);
  return BLOCK_GRIDS[type]({
    i,
    id: `b${i}`,
    position: { x: (i % COLUMNS) * DX, y: Math.floor(i / COLUMNS) * DY },
    ...routes(i, count, hubs),
  });
}

export function generateProject(count: number, options: { hubs?: boolean } = {}): Project {
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) blocks.push(block(i, count, options.hubs ?? false));
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
