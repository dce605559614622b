// Where the window's edge layer (FramedEdges.tsx) lies and how its paths are cut. Below full detail the
// window's edges were one SVG path in the viewport: every pan frame moved it, so software raster
// re-stroked every curve and dashed stub for every tile the path's bounds touched (14 to 20 ms of raster
// CPU per mouse move at zoom 0.5 in bench/canvas, nearly all of the pan's raster). Now the layer is its own
// compositor layer, which a pan only moves, so it is rasterised when the window changes, not per frame;
// it covers the window's cells and no more (the viewport always lies inside them: the window changes when
// it crosses a cell), so what it clips is off screen and its size stays about one screen however far a
// hub's edges reach; and its paths are cut by cell, so a tile's raster strokes only what is near it.
import type { CellRange } from '../spatial-index';

/** Flow units drawn beyond the window's cells (a curve bulging out of the window, half a stroke). */
export const FRAME_MARGIN = 40;

export interface EdgeFrame {
  /** Top-left corner and size, in flow units. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The layer's rectangle for the window's cells. */
export function edgeFrame(range: CellRange, cell: number): EdgeFrame {
  const x = range.x0 * cell - FRAME_MARGIN;
  const y = range.y0 * cell - FRAME_MARGIN;
  return {
    x,
    y,
    width: (range.x1 + 1) * cell + FRAME_MARGIN - x,
    height: (range.y1 + 1) * cell + FRAME_MARGIN - y,
  };
}

/** One stroke of the layer: SVG path data (window-edges.ts), a width in flow units and a colour. */
export interface Stroke {
  d: string;
  width: number;
  /** A CSS custom property of the theme (`--muted`, `--accent`). */
  color: string;
  dash?: readonly number[];
  alpha?: number;
}

/**
 * Path data cut into local pieces: the subpaths (`M…`) grouped by the cell their start lies in. Software
 * raster strokes a whole path for every tile its bounds touch, so one path over the window cost every
 * tile every curve and dash; a piece costs only the tiles around its cell.
 */
export function localPieces(d: string, cell: number): string[] {
  const pieces = new Map<string, string>();
  for (const sub of d.split('M')) {
    if (!sub) continue;
    const m = /^(-?[\d.]+)[ ,](-?[\d.]+)/.exec(sub);
    const key = m ? `${Math.floor(Number(m[1]) / cell)},${Math.floor(Number(m[2]) / cell)}` : '';
    pieces.set(key, (pieces.get(key) ?? '') + 'M' + sub);
  }
  return [...pieces.values()];
}
