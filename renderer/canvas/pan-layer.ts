// While the pane is dragged, the viewport's content (nodes, edges, window layers) is its own compositor
// layer (`.flow-canvas.is-panning`, canvas.css), so a pan frame moves that layer instead of repainting
// and rasterising every block, edge, arrowhead and label in view. Only drags: the layer is rasterised at
// the zoom the drag starts at and a drag never zooms; a zoom (wheel, pinch, buttons, focus) repaints at its
// new scale, as a layer kept from an earlier zoom would be blurred or rasterised far too large. Only at the
// full level of detail: further out the layer's content (Chromium paints a composited layer some 4,000
// screen pixels beyond the view) costs more than the repaint it saves (bench/canvas: zoom 0.25 pans took
// 100 ms of raster per mouse move instead of 5).
import type { OnMove } from '@xyflow/react';
import type { RefObject } from 'react';
import { detailLevel } from './level-of-detail';

export const PANNING_CLASS = 'is-panning';

/** Whether a viewport move gets the pan layer: a pointer drag (d3-zoom's start event, not a wheel or code) at full detail. */
export function usesPanLayer(event: MouseEvent | TouchEvent | null, zoom: number): boolean {
  return !!event && event.type !== 'wheel' && event.type !== 'dblclick' && detailLevel(zoom) === 'full';
}

export function panLayerHandlers(container: RefObject<HTMLElement | null>): {
  onMoveStart: OnMove;
  onMoveEnd: OnMove;
} {
  return {
    onMoveStart: (event, viewport) => {
      if (usesPanLayer(event, viewport.zoom)) container.current?.classList.add(PANNING_CLASS);
    },
    onMoveEnd: () => container.current?.classList.remove(PANNING_CLASS),
  };
}
