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
  overlay,
}: {
  graph: FlowGraph;
  view: CanvasWindow;
  overlay: TrafficOverlay;
}) {
  const paths = useMemo(
    () =>
      view.level === 'simple'
        ? edgesByBucket(view.layerEdges, overlay).map((edges) => edgesPath(graph, edges, view.positionOf))
        : [],
    [graph, view, overlay],
  );
  if (view.level === 'dots') return null;
  return (
    <ViewportPortal>
      {paths.some(Boolean) && (
        <svg className="window-layer traffic-edges" width={1} height={1} aria-hidden>
          {paths.map((d, i) =>
            d ? (
              <path key={i} d={d} className="traffic-edge" style={{ strokeWidth: EDGE_WIDTHS[i]! }} />
            ) : null,
          )}
        </svg>
      )}
      {view.nodes.map((node) => {
        const t = overlay.byBlock.get(node.id);
        if (!t) return null;
        const p = view.positionOf(node.id);
        return <Badge key={node.id} id={node.id} x={p.x} y={p.y} t={t} large={view.level === 'simple'} />;
      })}
    </ViewportPortal>
  );
});
