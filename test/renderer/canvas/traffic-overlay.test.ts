// The traffic overlay's data: built once per report, looked up only for what the window mounts; painted
// edges are reused objects, so panning hands React Flow the same edges.
import { describe, expect, it } from 'vitest';
import { flowGraph } from '../../../renderer/canvas/flow-graph';
import { cellRange } from '../../../renderer/canvas/spatial-index';
import { visibleGraph } from '../../../renderer/canvas/visible-graph';
import {
  EDGE_WIDTHS,
  edgesByBucket,
  heatColor,
  HEAT_STOPS,
  paintEdges,
  trafficOverlay,
  widthBucket,
} from '../../../renderer/canvas/traffic/traffic-overlay';
import type { TrafficReport } from '../../../engine/model';
import { gridProject } from '../fixtures';

const big = gridProject(5000);
const graph = flowGraph(big.flows[0]!);
const everyEdge = [...graph.outgoing.values()].flat();
const report: TrafficReport = {
  source: 'live',
  where: 'test',
  query: { since: 'a', until: 'b', channel: null, language: null },
  blocks: [{ blockId: 'b0', in: 10, out: 8, stopped: 2, dropShare: 0.2 }],
  edges: everyEdge.map((e, i) => ({ from: e.source, to: e.target, count: 1 + (i % 1000) })),
  worst: [],
  max: 1000,
  unknownSteps: [],
  notExported: 0,
  read: 0,
  fetchedAt: 0,
  cached: false,
};
const overlay = trafficOverlay(report);
const windowAt = (x: number, y: number, zoom: number) =>
  visibleGraph({
    graph,
    range: cellRange({ x, y, width: 1280 / zoom, height: 800 / zoom }),
    selected: new Set(),
    dragPositions: new Map(),
    selectedEdge: null,
    level: zoom >= 0.55 ? 'full' : 'simple',
  });

describe('the traffic overlay', () => {
  it('puts counts into width buckets on a log scale, the busiest in the widest', () => {
    expect(widthBucket(0, 100)).toBe(-1);
    expect(widthBucket(1, 1000)).toBe(0);
    expect(widthBucket(1000, 1000)).toBe(EDGE_WIDTHS.length - 1);
    expect(widthBucket(30, 1000)).toBeLessThan(widthBucket(300, 1000));
  });

  it('colours drop-off shares by the legend stops', () => {
    expect(heatColor(0)).toBe(HEAT_STOPS[0].color);
    expect(heatColor(0.3)).toBe(HEAT_STOPS[2].color);
    expect(heatColor(1)).toBe(HEAT_STOPS[3].color);
  });

  it('paints only the mounted edges, and the same objects on every recomputation', () => {
    const view = windowAt(3000, 2000, 1);
    const painted = paintEdges(view.edges, overlay);
    expect(painted).toHaveLength(view.edges.length);
    expect(painted.length).toBeLessThan(everyEdge.length / 10);
    expect(painted.every((e) => typeof e.style?.strokeWidth === 'number')).toBe(true);
    const again = paintEdges(windowAt(3000, 2000, 1).edges, overlay);
    expect(again).toEqual(painted);
    again.forEach((e, i) => expect(e).toBe(painted[i]));
    expect(paintEdges(view.edges, null)).toBe(view.edges);
  });

  it('groups the window edges of the simple level by bucket, leaving edges without traffic out', () => {
    const view = windowAt(3000, 2000, 0.4);
    const buckets = edgesByBucket(view.layerEdges, overlay);
    expect(buckets).toHaveLength(EDGE_WIDTHS.length);
    expect(buckets.flat().length).toBe(view.layerEdges.length);
    const none = edgesByBucket(view.layerEdges, trafficOverlay({ ...report, edges: [] }));
    expect(none.flat()).toEqual([]);
  });
});
