// Zoom to fit that leaves room for what floats over the canvas: the toolbar across its top and the minimap
// in its bottom-right corner, measured as they are drawn (the toolbar wraps onto two rows when narrow).
import type { Viewport } from '@xyflow/react';
import type { Rect } from './spatial-index';
import type { Size } from './focus-viewport';

/** What the overlays hide of the pane, in screen pixels: a band at the top, a box in the bottom-right corner. */
export interface Overlays {
  top: number;
  /** The minimap's reach from the pane's right and bottom edges (0 × 0 when there is none). */
  corner: { width: number; height: number };
}

/** Space kept between the fitted blocks and the free area's edges, in screen pixels. */
export const FIT_MARGIN = 16;
/** Fitting never zooms in past this (a flow of two blocks stays at reading size). */
export const FIT_MAX_ZOOM = 1;

interface Insets {
  top: number;
  right: number;
  bottom: number;
}

function fitInside(bounds: Rect, pane: Size, insets: Insets, minZoom: number): Viewport {
  const left = FIT_MARGIN;
  const top = insets.top + FIT_MARGIN;
  const width = Math.max(1, pane.width - left - insets.right - FIT_MARGIN);
  const height = Math.max(1, pane.height - top - insets.bottom - FIT_MARGIN);
  const fit = Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
  const zoom = Math.min(FIT_MAX_ZOOM, Math.max(minZoom, fit));
  return {
    x: left + width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: top + height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/**
 * The viewport showing `bounds` (flow units) whole below the toolbar and clear of the minimap, with
 * FIT_MARGIN around, at the largest zoom within [minZoom, FIT_MAX_ZOOM]: fitted under the toolbar first;
 * when that would run under the minimap, the better of keeping the band above it or the band beside it.
 */
export function fitViewport(bounds: Rect, pane: Size, overlays: Overlays, minZoom: number): Viewport {
  const { corner } = overlays;
  const plain = fitInside(bounds, pane, { top: overlays.top, right: 0, bottom: 0 }, minZoom);
  const right = bounds.x * plain.zoom + plain.x + bounds.width * plain.zoom;
  const bottom = bounds.y * plain.zoom + plain.y + bounds.height * plain.zoom;
  const clear = right <= pane.width - corner.width || bottom <= pane.height - corner.height;
  if (corner.width === 0 || corner.height === 0 || clear) return plain;
  const above = fitInside(bounds, pane, { top: overlays.top, right: 0, bottom: corner.height }, minZoom);
  const beside = fitInside(bounds, pane, { top: overlays.top, right: corner.width, bottom: 0 }, minZoom);
  return above.zoom >= beside.zoom ? above : beside;
}

/** What the toolbar and the minimap (their drawn boxes) hide of the pane. */
export function measureOverlays(pane: DOMRect, toolbar?: DOMRect, minimap?: DOMRect): Overlays {
  const top = toolbar && toolbar.height > 0 ? Math.max(0, toolbar.bottom - pane.top) : 0;
  const corner =
    minimap && minimap.height > 0
      ? { width: Math.max(0, pane.right - minimap.left), height: Math.max(0, pane.bottom - minimap.top) }
      : { width: 0, height: 0 };
  return { top, corner };
}
