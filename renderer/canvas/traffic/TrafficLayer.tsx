// The traffic overlay on the canvas window (docs/chatlayer.md#traffic): each mounted block's badge (passes
// in and the share that stopped there, coloured by the heat scale) and, below the full level of detail,
// the window's edges drawn by width bucket (at full, React Flow's own edges get the width: paintEdges).
// Only what the window mounts is looked up; off-window edges cost nothing.
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { BlockTraffic } from '../../../engine/model';
import { NODE_WIDTH } from '../block-geometry';
import type { FlowGraph } from '../flow-graph';
import type { CanvasWindow } from '../visible-graph';
import { edgesPath } from '../window-edges';
import type { CellRange } from '../spatial-index';
import { FramedEdges } from '../layers/FramedEdges';
import type { Stroke } from '../layers/edge-frame';
import { EDGE_WIDTHS, edgesByBucket, heatColor, percent, type TrafficOverlay } from './traffic-overlay';
import './traffic.css';

/** One block's badge; memoised, so a window change re-renders only the badges that moved or came in. */
const Badge = memo(function Badge({
  id,
  x,
  y,
  t,
  large,
}: {
  id: string;
  x: number;
  y: number;
  t: BlockTraffic;
  large: boolean;
}) {
  return (
    <div
      className={`traffic-badge${large ? ' is-large' : ''}`}
      style={{
        transform: `translate(${x + NODE_WIDTH}px, ${y}px) translate(-100%, -100%)`,
        background: heatColor(t.dropShare),
      }}
      title={`${t.in} passes in, ${t.out} on along known edges, ${t.stopped} stopped here (${percent(t.dropShare)})`}
      data-testid={`traffic-badge-${id}`}
    >
      {t.in} in · {percent(t.dropShare)} stop
    </div>
  );
});

export const TrafficLayer = memo(function TrafficLayer({
  graph,
  view,
  range,
  overlay,
}: {
  graph: FlowGraph;
  view: CanvasWindow;
  /** The window's cells (the edge layer covers them). */
  range: CellRange | null;
  overlay: TrafficOverlay;
}) {
  // One stroke per width bucket, opaque --accent (cheaper than translucent, and what the SVG had).
  const strokes = useMemo<Stroke[]>(
    () =>
      view.level === 'simple'
        ? edgesByBucket(view.layerEdges, overlay).map((edges, i) => ({
            d: edgesPath(graph, edges, view.positionOf),
            width: EDGE_WIDTHS[i]!,
            color: '--accent',
          }))
        : [],
    [graph, view, overlay],
  );
  if (view.level === 'dots') return null;
  return (
    <ViewportPortal>
      <FramedEdges range={range} cell={graph.index.cell} strokes={strokes} testId="traffic-edges" />
      {view.nodes.map((node) => {
        const t = overlay.byBlock.get(node.id);
        if (!t) return null;
        const p = view.positionOf(node.id);
        return <Badge key={node.id} id={node.id} x={p.x} y={p.y} t={t} large={view.level === 'simple'} />;
      })}
    </ViewportPortal>
  );
});
