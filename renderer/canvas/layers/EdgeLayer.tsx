// What the window draws of its edges without React Flow: the edges between mounted blocks below the full
// level of detail, the stubs of edges that leave the window, and the highlighted connections of the
// selected block, as three strokes of one framed layer (FramedEdges.tsx), in the colours and widths the
// one-path layer had: edges 3 units in --muted, stubs 2 units dashed, the selection 2.5 units in --accent.
import { memo, useMemo } from 'react';
import type { CellRange } from '../spatial-index';
import type { Stroke } from './edge-frame';
import { FramedEdges } from './FramedEdges';

export const STUB_DASH = [6, 4] as const;

export function edgeStrokes(edges: string, stubs: string, highlight: string): Stroke[] {
  return [
    { d: edges, width: 3, color: '--muted' },
    { d: stubs, width: 2, color: '--muted', dash: STUB_DASH },
    { d: highlight, width: 2.5, color: '--accent', alpha: 0.85 },
  ];
}

export const EdgeLayer = memo(function EdgeLayer({
  range,
  cell,
  edges,
  stubs,
  highlight,
}: {
  range: CellRange | null;
  cell: number;
  edges: string;
  stubs: string;
  highlight: string;
}) {
  const strokes = useMemo(() => edgeStrokes(edges, stubs, highlight), [edges, stubs, highlight]);
  return <FramedEdges range={range} cell={cell} strokes={strokes} testId="edge-layer" />;
});
