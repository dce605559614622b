// Strokes of the window's edges in one SVG that is its own compositor layer (edge-frame.ts says why and
// where): its content changes when its strokes, the window's cells or the zoom change, never per pan
// frame, and a pan only moves the layer. A new element per zoom, so the compositor never keeps a raster
// scale from an earlier zoom (it would blur, or raster far more than needed).
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { CellRange } from '../spatial-index';
import { edgeFrame, localPieces, type Stroke } from './edge-frame';

const selectZoom = (s: ReactFlowState) => s.transform[2];

export const FramedEdges = memo(function FramedEdges({
  range,
  cell,
  strokes,
  testId,
}: {
  /** The window's cells: the layer covers them. */
  range: CellRange | null;
  cell: number;
  strokes: readonly Stroke[];
  testId?: string;
}) {
  const zoom = useStore(selectZoom);
  const frame = useMemo(() => (range ? edgeFrame(range, cell) : null), [range, cell]);
  const pieces = useMemo(() => strokes.map((s) => localPieces(s.d, cell)), [strokes, cell]);
  if (!frame || !strokes.some((s) => s.d)) return null;
  return (
    <ViewportPortal>
      <svg
        key={zoom}
        className="framed-edges"
        data-testid={testId}
        style={{ transform: `translate(${frame.x}px, ${frame.y}px)` }}
        width={frame.width}
        height={frame.height}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        aria-hidden
      >
        {strokes.map((s, i) =>
          s.d ? (
            <g
              key={i}
              fill="none"
              stroke={`var(${s.color})`}
              strokeWidth={s.width}
              strokeDasharray={s.dash?.join(' ')}
              opacity={s.alpha}
            >
              {pieces[i]!.map((d, j) => (
                <path key={j} d={d} />
              ))}
            </g>
          ) : null,
        )}
      </svg>
    </ViewportPortal>
  );
});
