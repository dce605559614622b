// Everything the canvas window draws besides React Flow's nodes and edges, by level of detail: the dot
// layer (furthest out), the framed edge layer with stubs and the selection's connections, and the
// clickable stub ends and bundle markers (close up).
import type { Edge } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { Position } from '../../../engine/model';
import { NODE_WIDTH, nodeHeight } from '../block-geometry';
import type { FlowGraph } from '../flow-graph';
import type { CellRange } from '../spatial-index';
import type { CanvasWindow } from '../visible-graph';
import { edgesPath, highlightPath, stubsPath } from '../window-edges';
import { DotLayer } from './DotLayer';
import { EdgeLayer } from './EdgeLayer';
import { StubMarkers } from './StubMarkers';

/** The block whose frame contains a flow position, if any (the dots level's hit test). */
export function blockAt(graph: FlowGraph, p: Position): string | undefined {
  const cx = Math.floor(p.x / graph.index.cell);
  const cy = Math.floor(p.y / graph.index.cell);
  return graph.index.query({ x0: cx, y0: cy, x1: cx, y1: cy }).find((id) => {
    const b = graph.positions.get(id)!;
    const h = nodeHeight(graph.displays.get(id)!);
    return p.x >= b.x && p.x <= b.x + NODE_WIDTH && p.y >= b.y && p.y <= b.y + h;
  });
}

export const WindowLayers = memo(function WindowLayers({
  graph,
  view,
  range,
  selected,
  painted = null,
}: {
  graph: FlowGraph;
  view: CanvasWindow;
  /** The viewport's grid cells (the dot layer draws the tiles around them, the edge layer covers them). */
  range: CellRange | null;
  selected: ReadonlySet<string>;
  /** Edges another layer draws (the traffic overlay's, by width): left out here, never drawn twice. */
  painted?: ((edge: Edge) => boolean) | null;
}) {
  const edges = useMemo(
    () =>
      edgesPath(
        graph,
        painted ? view.layerEdges.filter((e) => !painted(e)) : view.layerEdges,
        view.positionOf,
      ),
    [graph, view, painted],
  );
  const stubs = useMemo(() => stubsPath(view.stubs), [view.stubs]);
  const highlight = useMemo(
    () => (selected.size ? highlightPath(graph, selected, view.positionOf).d : ''),
    [graph, selected, view.positionOf],
  );
  return (
    <>
      {view.level === 'dots' && range && <DotLayer graph={graph} range={range} selected={selected} />}
      <EdgeLayer
        range={range}
        cell={graph.index.cell}
        level={view.level}
        edges={edges}
        stubs={stubs}
        highlight={highlight}
      />
      {view.level === 'full' && <StubMarkers stubs={view.stubs} bundles={view.bundles} />}
    </>
  );
});
