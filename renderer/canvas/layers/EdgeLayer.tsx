// What the window draws of its edges without React Flow: the edges between mounted blocks below the full
// level of detail, the stubs of edges that leave the window, and the highlighted connections of the
// selected block, as three strokes of one layer, in the colours and widths the one-path layer had: edges 3
// units in --muted, the selection 2.5 units in --accent; stubs 2 units dashed at full detail, where their
// ends can be hovered and clicked, and 1.5 units plain further out, where they are a level-of-detail hint
// (a dash pattern on a hub's fan of stubs cost 20 to 40 ms of raster on every window change at zoom 0.5).
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { DetailLevel } from '../level-of-detail';
import type { CellRange } from '../spatial-index';
import type { Stroke } from './edge-frame';
import { FramedEdges } from './FramedEdges';

export const STUB_DASH = [6, 4] as const;

export function edgeStrokes(edges: string, stubs: string, highlight: string, level: DetailLevel): Stroke[] {
  return [
    { d: edges, width: 3, color: '--muted' },
    level === 'full'
      ? { d: stubs, width: 2, color: '--muted', dash: STUB_DASH }
      : { d: stubs, width: 1.5, color: '--muted' },
    { d: highlight, width: 2.5, color: '--accent', alpha: 0.85 },
  ];
}

export const EdgeLayer = memo(function EdgeLayer({
  range,
  cell,
  level,
  edges,
  stubs,
  highlight,
}: {
  range: CellRange | null;
  cell: number;
  /**
   * The level of detail: the stubs' look, and whether the strokes go to a framed layer (the simple level
   * only). At the dots level the window's cells span several screens, and rastering a layer that size on
   * every window change cost 117 ms frames (pan p95 at zoom 0.25 went from 16.8 to 117 ms in
   * bench/canvas), so there they stay one path in the viewport; at full detail they are few.
   */
  level: DetailLevel;
  edges: string;
  stubs: string;
  highlight: string;
}) {
  const strokes = useMemo(
    () => edgeStrokes(edges, stubs, highlight, level),
    [edges, stubs, highlight, level],
  );
  if (level === 'simple')
    return <FramedEdges range={range} cell={cell} strokes={strokes} testId="edge-layer" />;
  if (!strokes.some((s) => s.d)) return null;
  return (
    <ViewportPortal>
      <svg className="window-layer" data-testid="edge-layer" width={1} height={1} aria-hidden>
        {strokes.map((s, i) =>
          s.d ? (
            <path
              key={i}
              d={s.d}
              fill="none"
              stroke={`var(${s.color})`}
              strokeWidth={s.width}
              strokeDasharray={s.dash?.join(' ')}
              opacity={s.alpha}
            />
          ) : null,
        )}
      </svg>
    </ViewportPortal>
  );
});
