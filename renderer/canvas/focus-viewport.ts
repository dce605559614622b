// Where the viewport goes for a focus request: centred on the block (at least at a readable zoom), or,
// for a reveal (the simulator following the bot), nowhere while the block is already well inside the view,
// so following a bot through neighbouring blocks costs no pan and no remount of the window.
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

/** The viewport for a focus request, or null when it stays as it is. */
export function focusViewport(
  vp: Viewport,
  size: Size,
  p: Position,
  height: number,
  reveal: boolean,
): Viewport | null {
  if (reveal && vp.zoom >= FOCUS_ZOOM && wellInView(vp, size, p, height)) return null;
  const zoom = Math.max(vp.zoom, FOCUS_ZOOM);
  return {
    x: size.width / 2 - (p.x + NODE_WIDTH / 2) * zoom,
    y: size.height / 2 - (p.y + height / 2) * zoom,
    zoom,
  };
}
