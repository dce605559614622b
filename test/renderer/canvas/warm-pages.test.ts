// Warm pages (renderer/canvas/warm-pages.ts): while the simulator follows the bot, the window mounts ahead
// the page a reveal of each of the revealed block's next blocks would turn to, and nothing for a next block
// the view would stay on; the window's node and edge arrays stay the same objects while its blocks do.
import { describe, expect, it } from 'vitest';
import type { Viewport } from '@xyflow/react';
import { flowGraph } from '../../../renderer/canvas/flow-graph';
import { focusViewport } from '../../../renderer/canvas/focus-viewport';
import { nodeHeight } from '../../../renderer/canvas/block-geometry';
import { cellRange, type CellRange } from '../../../renderer/canvas/spatial-index';
import { rangeWithin, warmRanges, WARM_SUCCESSORS } from '../../../renderer/canvas/warm-pages';
import { sameMembers, visibleGraph, windowBlockIds } from '../../../renderer/canvas/visible-graph';
import type { Block } from '../../../engine/model';
import { gridProject, project } from '../fixtures';

const size = { width: 1280, height: 800 };
const rangeOf = (vp: Viewport) =>
  cellRange({
    x: -vp.x / vp.zoom,
    y: -vp.y / vp.zoom,
    width: size.width / vp.zoom,
    height: size.height / vp.zoom,
  });
// A row of blocks 320 px apart, each leading to the next (b0 → b1 → …).
const graph = flowGraph(gridProject(200, 60).flows[0]!);
// The view a flow opens at: its first block 80 px from the left, 60 from the top.
const at = { x: 80, y: 60, zoom: 1 };

describe('the pages mounted ahead of the bot', () => {
  it('is the page a reveal of the next block would turn to, when that block is near the edge', () => {
    // b2 (x 640, on screen 720) is well in view; its next block b3 (on screen 1040 to 1280) is past the margin,
    // so revealing it turns the page.
    expect(focusViewport(at, size, graph.positions.get('b2')!, 100, true)).toBeNull();
    const ranges = warmRanges(graph, 'b2', at, size, rangeOf(at), rangeOf);
    const turned = focusViewport(
      at,
      size,
      graph.positions.get('b3')!,
      nodeHeight(graph.displays.get('b3')!),
      true,
    )!;
    expect(turned.x).toBeLessThan(0);
    expect(ranges).toEqual([rangeOf(turned)]);
    // Those cells hold b3 and the blocks after it, none of which the view's own cells hold.
    const ahead = windowBlockIds(graph, rangeOf(at), new Map(), ranges);
    const shown = windowBlockIds(graph, rangeOf(at));
    expect(ahead.has('b5')).toBe(true);
    expect(shown.has('b5')).toBe(false);
  });

  it('is nothing for a next block the view stays on, or for an unknown block', () => {
    expect(warmRanges(graph, 'b0', at, size, rangeOf(at), rangeOf)).toEqual([]);
    expect(warmRanges(graph, 'nope', at, size, rangeOf(at), rangeOf)).toEqual([]);
  });

  it('leaves out a page whose cells the view already shows', () => {
    const shown: CellRange = { x0: -100, y0: -100, x1: 100, y1: 100 };
    expect(warmRanges(graph, 'b2', at, size, shown, rangeOf)).toEqual([]);
    expect(rangeWithin({ x0: 1, y0: 1, x1: 2, y1: 2 }, shown)).toBe(true);
    expect(rangeWithin({ x0: 1, y0: 1, x1: 200, y1: 2 }, shown)).toBe(false);
  });

  it(`takes at most ${WARM_SUCCESSORS} next blocks, the next one first, each page once`, () => {
    // A hub with five exits to blocks far apart: only two get a page.
    const far = (i: number): Block => ({
      id: `f${i}`,
      type: 'message',
      messages: [{ kind: 'text', text: `Far ${i}` }],
      position: { x: 5000 * (i + 1), y: 0 },
    });
    const hub: Block = {
      id: 'hub',
      type: 'message',
      messages: [{ kind: 'text', text: 'Pick one' }],
      position: { x: 0, y: 0 },
      next: 'f0',
    };
    const fan = flowGraph(project([hub, ...[0, 1, 2, 3, 4].map(far)]).flows[0]!);
    // The hub's exits: four buttons, then its next block (f4), which goes first; then the first button.
    const edges = [0, 1, 2, 3, 4].map((i) => ({
      id: `e${i}`,
      source: 'hub',
      sourceHandle: i === 4 ? 'next' : `messages.0.buttons.${i}.target`,
      target: `f${i}`,
    }));
    const withFan = { ...fan, outgoing: new Map([['hub', [...edges, edges[0]!]]]) } as typeof fan;
    const ranges = warmRanges(withFan, 'hub', at, size, rangeOf(at), rangeOf);
    expect(ranges).toHaveLength(WARM_SUCCESSORS);
    expect(windowBlockIds(withFan, rangeOf(at), new Map(), ranges)).toEqual(new Set(['hub', 'f4', 'f0']));
  });
});

describe('the window with warm pages', () => {
  const base = {
    graph,
    range: rangeOf(at),
    selected: new Set<string>(),
    dragPositions: new Map(),
    selectedEdge: null,
  };
  const ahead = warmRanges(graph, 'b2', at, size, rangeOf(at), rangeOf);

  it('mounts the warm pages’ blocks at full detail only', () => {
    const full = visibleGraph({ ...base, warm: ahead });
    expect(full.nodes.map((n) => n.id)).toContain('b5');
    expect(full.edges.some((e) => e.source === 'b4' && e.target === 'b5')).toBe(true);
    const simple = visibleGraph({ ...base, warm: ahead, level: 'simple' });
    expect(simple.nodes.map((n) => n.id)).not.toContain('b5');
  });

  it('keeps the node and edge arrays while the window holds the same blocks, whatever the range', () => {
    const before = visibleGraph({ ...base, warm: ahead });
    // The page turns onto the warm page, and the page it left is kept: the same blocks, in another order.
    const turned = rangeOf(focusViewport(at, size, graph.positions.get('b3')!, 100, true)!);
    const after = sameMembers(before, visibleGraph({ ...base, range: turned, warm: [base.range] }));
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
    // Same graph, same blocks, same level: the very same window (its stubs follow from its blocks).
    expect(after).toBe(before);
    // Letting the old page go gives new arrays.
    const let_go = sameMembers(after, visibleGraph({ ...base, range: turned }));
    expect(let_go.nodes).not.toBe(before.nodes);
    expect(let_go.nodes.length).toBeLessThan(before.nodes.length);
  });
});
