// Where the viewport goes for a focus request: centred on the block (at least at a readable zoom), or,
// for a reveal (the simulator following the bot), nowhere while the block is already well inside the view,
// so following a bot through neighbouring blocks costs no pan and no remount of the window. A revealed
// block just past an edge turns the page: the view moves along that axis only, and the block lands near
// the opposite edge, so the blocks after it (further the same way) are in view and the next turns need no
// move. A block farther away is centred.
import type { Viewport } from '@xyflow/react';
import type { Position } from '../../engine/model';
import { NODE_WIDTH } from './block-geometry';

/** A revealed block must lie this far (screen pixels) inside the view's edges for the view to stay. */
export const REVEAL_MARGIN = 48;
/** Focusing zooms in to at least this, so the block is readable (and drawn in full). */
export const FOCUS_ZOOM = 0.8;

export interface Size {
  width: number;
  height: number;
}

/** Whether the block at `p` (of `height`) lies inside the view, REVEAL_MARGIN from its edges. */
export function wellInView(vp: Viewport, size: Size, p: Position, height: number): boolean {
  const left = p.x * vp.zoom + vp.x;
  const top = p.y * vp.zoom + vp.y;
  return (
    left >= REVEAL_MARGIN &&
    top >= REVEAL_MARGIN &&
    left + NODE_WIDTH * vp.zoom <= size.width - REVEAL_MARGIN &&
    top + height * vp.zoom <= size.height - REVEAL_MARGIN
  );
}

/**
 * Where the block's near edge lands (screen pixels) when a page turns: this far inside the edge it came in
 * from (twice the margin), leaving the rest of the view for the blocks after it.
 */
export const PAGE_LEAD = 2 * REVEAL_MARGIN;

/**
 * The new offset along one axis for a revealed block at `start` (screen) of `extent`, in a view of `length`:
 * the same offset while it is well inside, a page turn when it is at most one view beyond an edge, and
 * null (centre instead) when it is farther or larger than the view.
 */
function turnPage(offset: number, start: number, extent: number, length: number): number | null {
  const lo = REVEAL_MARGIN;
  const hi = length - REVEAL_MARGIN - extent;
  if (hi < lo) return null;
  if (start >= lo && start <= hi) return offset;
  if (start > hi && start <= hi + length) return offset - (start - Math.min(PAGE_LEAD, hi));
  if (start < lo && start >= lo - length) return offset + (Math.max(hi - (PAGE_LEAD - lo), lo) - start);
  return null;
}

/** The viewport for a focus request, or null when it stays as it is. */
export function focusViewport(
  vp: Viewport,
  size: Size,
  p: Position,
  height: number,
  reveal: boolean,
): Viewport | null {
  if (reveal && vp.zoom >= FOCUS_ZOOM) {
    if (wellInView(vp, size, p, height)) return null;
    const x = turnPage(vp.x, p.x * vp.zoom + vp.x, NODE_WIDTH * vp.zoom, size.width);
    const y = turnPage(vp.y, p.y * vp.zoom + vp.y, height * vp.zoom, size.height);
    if (x !== null && y !== null) return { x, y, zoom: vp.zoom };
  }
  const zoom = Math.max(vp.zoom, FOCUS_ZOOM);
  return {
    x: size.width / 2 - (p.x + NODE_WIDTH / 2) * zoom,
    y: size.height / 2 - (p.y + height / 2) * zoom,
    zoom,
  };
}
