// Zoom to fit that leaves room for what floats over the canvas: the toolbar across its top and the minimap
// in its bottom-right corner, measured as they are drawn (the toolbar wraps onto two rows when narrow).
import type { Viewport } from '@xyflow/react';
import type { Rect } from './spatial-index';
import type { Size } from './focus-viewport';

/** Pixels of the pane hidden by overlays on each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Space kept between the fitted blocks and the free area's edges, in screen pixels. */
export const FIT_MARGIN = 24;
/** Fitting never zooms in past this (a flow of two blocks stays at reading size). */
export const FIT_MAX_ZOOM = 1;

/**
 * The viewport showing `bounds` (flow units) whole inside the part of the pane the insets leave free, with
 * FIT_MARGIN around, centred there; the zoom kept within [minZoom, FIT_MAX_ZOOM].
 */
export function fitViewport(bounds: Rect, pane: Size, insets: Insets, minZoom: number): Viewport {
  const left = insets.left + FIT_MARGIN;
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
 * What the overlays hide of `pane`: the toolbar's bottom edge from the top; the minimap from the bottom or
 * from the right, whichever costs the smaller share of the pane (it sits in a corner, one side suffices).
 */
export function overlayInsets(pane: DOMRect, toolbar?: DOMRect, minimap?: DOMRect): Insets {
  const insets = { top: 0, right: 0, bottom: 0, left: 0 };
  if (toolbar && toolbar.height > 0) insets.top = Math.max(0, toolbar.bottom - pane.top);
  if (minimap && minimap.height > 0) {
    const fromBottom = Math.max(0, pane.bottom - minimap.top);
    const fromRight = Math.max(0, pane.right - minimap.left);
    if (fromBottom / pane.height <= fromRight / pane.width) insets.bottom = fromBottom;
    else insets.right = fromRight;
  }
  return insets;
}
