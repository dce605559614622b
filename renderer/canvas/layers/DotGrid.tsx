// The canvas's dot grid (React Flow's dots look: the same pattern classes and colours), painted once per
// zoom and moved by the compositor while panning. React Flow's <Background> moves its pattern on every
// frame, so each pan frame repainted and rasterised the whole pane's dots: 6 ms of raster CPU per mouse
// move at zoom 1 and 19 ms at 0.25 in bench/canvas (2 cores, software raster), the largest cost of a pan.
// Here the pattern sits still in an SVG one grid step larger than the pane, on its own compositor layer
// (`will-change: transform`, translation only, so it never rasterises at a stale scale); a pan sets that
// layer's translation modulo the grid step, outside React.
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useId, useRef } from 'react';

/** Grid step in flow units (React Flow's Background default). */
export const DOT_GAP = 20;
/** Dot diameter in flow units. */
const DOT_SIZE = 1;

/**
 * The layer's translation for a viewport: the pane's offset modulo the scaled step, never positive, in
 * whole pixels (a layer at a fractional offset is resampled by the compositor on every frame).
 */
export function gridOffset(x: number, y: number, step: number): { x: number; y: number } {
  const at = (v: number) => Math.round((((v % step) + step) % step) - step);
  return { x: at(x), y: at(y) };
}

const selectZoom = (s: ReactFlowState) => s.transform[2];

export const DotGrid = memo(function DotGrid() {
  const layer = useRef<SVGSVGElement>(null);
  const store = useStoreApi();
  // Re-rendered on zoom changes only: a pan never renders this component.
  const zoom = useStore(selectZoom);
  const step = DOT_GAP * zoom;
  const radius = (DOT_SIZE * zoom) / 2;
  const id = `dot-grid-${useId().replace(/:/g, '')}`;

  useEffect(() => {
    const place = (t: ReactFlowState['transform']) => {
      const el = layer.current;
      if (!el) return;
      const o = gridOffset(t[0], t[1], DOT_GAP * t[2]);
      el.style.transform = `translate(${o.x}px, ${o.y}px)`;
    };
    place(store.getState().transform);
    return store.subscribe((s, prev) => {
      if (s.transform !== prev.transform) place(s.transform);
    });
  }, [store]);

  return (
    <div className="react-flow__background dot-grid" data-testid="dot-grid">
      <svg
        ref={layer}
        className="dot-grid-layer"
        style={{
          width: `calc(100% + ${Math.ceil(step) + 1}px)`,
          height: `calc(100% + ${Math.ceil(step) + 1}px)`,
        }}
        aria-hidden
      >
        <pattern id={id} width={step} height={step} patternUnits="userSpaceOnUse">
          <circle cx={step / 2} cy={step / 2} r={radius} className="react-flow__background-pattern dots" />
        </pattern>
        <rect width="100%" height="100%" fill={`url(#${id})`} />
      </svg>
    </div>
  );
});
