// The traffic overlay's data (docs/chatlayer.md#traffic): built once per fetched report, then looked up
// per mounted block and per mounted edge; nothing here walks the whole flow while the canvas pans.
import type { Edge } from '@xyflow/react';
import type { BlockTraffic, TrafficReport } from '../../../engine/model';

export interface TrafficOverlay {
  report: TrafficReport;
  byBlock: ReadonlyMap<string, BlockTraffic>;
  /** `from\u0000to` → passes. */
  byEdge: ReadonlyMap<string, number>;
  max: number;
}

export function trafficOverlay(report: TrafficReport): TrafficOverlay {
  return {
    report,
    byBlock: new Map(report.blocks.map((b) => [b.blockId, b])),
    byEdge: new Map(report.edges.map((e) => [`${e.from}\u0000${e.to}`, e.count])),
    max: report.max,
  };
}

/** Edge widths, thinnest first: an edge's bucket is its count's share of the busiest, on a log scale. */
export const EDGE_WIDTHS = [2, 4, 7, 11, 16] as const;

/** The bucket (0 to 4) of a count, or -1 for none. */
export function widthBucket(count: number, max: number): number {
  if (count <= 0 || max <= 0) return -1;
  const share = Math.log1p(count) / Math.log1p(max);
  return Math.min(EDGE_WIDTHS.length - 1, Math.floor(share * EDGE_WIDTHS.length));
}

/** Heat stops of the legend: drop-off share → colour (green, yellow, orange, red). */
export const HEAT_STOPS = [
  { share: 0, color: '#2e9d5b', label: '0%' },
  { share: 0.1, color: '#c9b400', label: '10%' },
  { share: 0.25, color: '#e07b00', label: '25%' },
  { share: 0.5, color: '#d0312d', label: '50%+' },
] as const;

export function heatColor(share: number): string {
  let color: string = HEAT_STOPS[0].color;
  for (const stop of HEAT_STOPS) if (share >= stop.share) color = stop.color;
  return color;
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The count on an edge, by its ends. */
export const edgeCount = (overlay: TrafficOverlay, edge: Pick<Edge, 'source' | 'target'>) =>
  overlay.byEdge.get(`${edge.source}\u0000${edge.target}`) ?? 0;

const painted = new WeakMap<Edge, Map<number, Edge>>();

/**
 * The mounted React Flow edges (full level of detail) with their width by count: one copy per edge and
 * width, reused while the overlay stays, so React Flow sees the same objects while the canvas pans.
 */
export function paintEdges(edges: readonly Edge[], overlay: TrafficOverlay | null): Edge[] {
  if (!overlay) return edges as Edge[];
  return edges.map((edge) => {
    const bucket = widthBucket(edgeCount(overlay, edge), overlay.max);
    if (bucket < 0) return edge;
    let copies = painted.get(edge);
    if (!copies) painted.set(edge, (copies = new Map()));
    let copy = copies.get(bucket);
    if (!copy)
      copies.set(
        bucket,
        (copy = {
          ...edge,
          className: `${edge.className ?? ''} edge-traffic`,
          style: { strokeWidth: EDGE_WIDTHS[bucket] },
        }),
      );
    return copy;
  });
}

/** The mounted edges (SVG layer levels) grouped by width bucket; edges without traffic are left out. */
export function edgesByBucket(edges: readonly Edge[], overlay: TrafficOverlay): Edge[][] {
  const buckets: Edge[][] = EDGE_WIDTHS.map(() => []);
  for (const edge of edges) {
    const bucket = widthBucket(edgeCount(overlay, edge), overlay.max);
    if (bucket >= 0) buckets[bucket]!.push(edge);
  }
  return buckets;
}
