// Level of detail: what a block looks like at a zoom. Close up, the full node (header, lines, ports,
// handles); further out, one coloured element with the block's name (`simple`); furthest out, no node at
// all: every block is a coloured rectangle in one SVG layer (`dots`). Edges are React Flow edges only at
// `full`; below it they are strokes of one framed SVG layer (layers/FramedEdges.tsx).
export type DetailLevel = 'full' | 'simple' | 'dots';

/** At or above this zoom blocks are full nodes. */
export const FULL_ZOOM = 0.55;
/** At or above this zoom (and below FULL_ZOOM) blocks are simple named rectangles; below it, dots. */
export const SIMPLE_ZOOM = 0.3;

export function detailLevel(zoom: number): DetailLevel {
  if (zoom >= FULL_ZOOM) return 'full';
  return zoom >= SIMPLE_ZOOM ? 'simple' : 'dots';
}
