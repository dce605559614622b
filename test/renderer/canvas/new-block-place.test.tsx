// @vitest-environment jsdom
// A block added with the keys 1–5 (or a palette click) lands near the viewport's centre but in free space,
// never on top of a block already there.
import { describe, expect, it } from 'vitest';
import { NODE_WIDTH, nodeHeight } from '../../../renderer/canvas/block-geometry';
import { blockDisplay } from '../../../renderer/canvas/block-display';
import { freeSpotNear } from '../../../renderer/canvas/free-space';
import { selectActiveFlow } from '../../../renderer/state/project-store';
import type { Block } from '../../../engine/model';
import { message, project } from '../fixtures';
import { mountEditor, press, setUpCanvas } from './mount-canvas';

setUpCanvas();

function rectOf(b: Block) {
  return { ...b.position!, width: NODE_WIDTH, height: nodeHeight(blockDisplay(b)) };
}
const overlap = (a: ReturnType<typeof rectOf>, b: ReturnType<typeof rectOf>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('a new block from the keyboard', () => {
  it('lands near the centre of the view, clear of the blocks already there', async () => {
    // Without free-space placement, each key would drop its block on the previous one (same centre).
    const { store } = await mountEditor(project([message('hello', 'Hello')]));
    for (const key of ['1', '2', '3', '4', '5']) await press(key, { code: `Digit${key}` });
    const blocks = selectActiveFlow(store.getState()).blocks;
    expect(blocks.map((b) => b.type)).toEqual(['message', 'message', 'input', 'goto', 'api', 'code']);
    const rects = blocks.map(rectOf);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i]!, rects[j]!)).toBe(false);
    // Near the centre: each within a few block widths of the first one added.
    const first = rects[1]!;
    for (const r of rects.slice(2))
      expect(Math.hypot(r.x - first.x, r.y - first.y)).toBeLessThan(3 * NODE_WIDTH);
    expect([...store.getState().selected]).toEqual([blocks[5]!.id]);
  });

  it('keeps the place asked for when it is free, and steps aside when a block is there', () => {
    const flow = project([message('hello', 'Hello', { position: { x: 0, y: 0 } } as Partial<Block>)])
      .flows[0]!;
    expect(freeSpotNear(flow, { x: 1000, y: 1000 }, 80)).toEqual({ x: 1000 - NODE_WIDTH / 2, y: 980 });
    const spot = freeSpotNear(flow, { x: NODE_WIDTH / 2, y: 20 }, 80);
    expect(overlap({ ...spot, width: NODE_WIDTH, height: 80 }, rectOf(flow.blocks[0]!))).toBe(false);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(NODE_WIDTH);
  });
});
