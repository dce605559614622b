// Warm pages: while the simulator follows the bot, the canvas mounts ahead of it. After each reveal, in
// idle time, the window also takes the cells of the pages the bot's next blocks would turn the view to
// (the block the revealed one most likely leads to: likelyExits), so the turn that moves the view finds
// their blocks already mounted and costs the viewport change, not a remount. The page the view leaves
// stays mounted through that turn and is let go at the next idle time. Nothing is warm once the user
// moves the view or another flow is shown (docs/architecture.md#the-canvas-window).
import type { Viewport } from '@xyflow/react';
import { nodeHeight } from './block-geometry';
import type { FlowGraph } from './flow-graph';
import { focusViewport, type Size } from './focus-viewport';
import { sameRange, type CellRange } from './spatial-index';

/**
 * How many of a revealed block's next blocks get their page mounted ahead: its default continuation
 * (`next`, or a Go To's `else`) and its first other exit. A page mounted for a path the bot does not take is idle work thrown
 * away (bench/canvas: the walk's main-thread work per turn, idle time included, is higher than without
 * warm pages); with one, a block whose path goes on through another exit (an API's route, a button) turns
 * its page cold.
 */
export const WARM_SUCCESSORS = 2;

/** A block's exits, its `next` first: the path a conversation most often takes on. */
function likelyExits(graph: FlowGraph, blockId: string) {
  const edges = graph.outgoing.get(blockId) ?? [];
  return [
    ...edges.filter((e) => e.sourceHandle === 'next'),
    ...edges.filter((e) => e.sourceHandle !== 'next'),
  ];
}

/** Whether `inner`'s cells all lie in `outer`. */
export const rangeWithin = (inner: CellRange, outer: CellRange) =>
  inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;

/**
 * The cell ranges to mount ahead after `blockId` was revealed in view `vp`: for each of its first
 * WARM_SUCCESSORS next blocks (distinct, in the flow shown, default exits first), the range of the view a reveal
 * of that block would move to; none for a block the view would stay on, and none already inside `shown`
 * (the view's own range) or given twice.
 */
export function warmRanges(
  graph: FlowGraph,
  blockId: string,
  vp: Viewport,
  size: Size,
  shown: CellRange | null,
  rangeOf: (vp: Viewport) => CellRange | null,
): CellRange[] {
  const out: CellRange[] = [];
  const seen = new Set<string>();
  for (const edge of likelyExits(graph, blockId)) {
    if (seen.size === WARM_SUCCESSORS) break;
    if (edge.target === blockId || seen.has(edge.target)) continue;
    const p = graph.positions.get(edge.target);
    const display = graph.displays.get(edge.target);
    if (!p || !display) continue;
    seen.add(edge.target);
    const next = focusViewport(vp, size, p, nodeHeight(display), true);
    if (!next) continue;
    const range = rangeOf(next);
    if (!range) continue;
    if (shown && rangeWithin(range, shown)) continue;
    if (!out.some((r) => sameRange(r, range))) out.push(range);
  }
  return out;
}
