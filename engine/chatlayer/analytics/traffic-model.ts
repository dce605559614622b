// The traffic model (docs/chatlayer.md#traffic): from counted starts, edges and ends per block, each
// block's passes in and out, its stops and drop-off share, and the ten worst drop-off blocks. Pure and
// computed once per fetch; the canvas looks blocks and edges up in it by id.
import {
  blockReferences,
  WORST_DROP_OFF_ROWS,
  type BlockTraffic,
  type EdgeTraffic,
  type Project,
  type TrafficQuery,
  type TrafficReport,
} from '../../model';

/** What was counted, by Botloom block id. */
export interface TrafficCounts {
  /** Passes that started at a block. */
  starts: Map<string, number>;
  /** Passes that ended at a block; null when the source does not say (then in − out). */
  ends: Map<string, number> | null;
  /** `from\u0000to` → passes. */
  edges: Map<string, number>;
  /** Step ids of the answer that no block has → the passes they carried. */
  unknown: Map<string, number>;
}

export const emptyCounts = (explicitEnds = true): TrafficCounts => ({
  starts: new Map(),
  ends: explicitEnds ? new Map() : null,
  edges: new Map(),
  unknown: new Map(),
});

export const edgeKey = (from: string, to: string) => `${from}\u0000${to}`;

export const add = (map: Map<string, number>, key: string, n: number) =>
  map.set(key, (map.get(key) ?? 0) + n);

/** Counts of one conversation's path of blocks (offline): a start, its moves, an end. */
export function countPath(counts: TrafficCounts, path: readonly string[], known: ReadonlySet<string>): void {
  const blocks = path.filter((id) => {
    if (known.has(id)) return true;
    add(counts.unknown, id, 1);
    return false;
  });
  if (!blocks.length) return;
  add(counts.starts, blocks[0]!, 1);
  for (let i = 1; i < blocks.length; i++) add(counts.edges, edgeKey(blocks[i - 1]!, blocks[i]!), 1);
  if (counts.ends) add(counts.ends, blocks.at(-1)!, 1);
}

export interface ReportFrame {
  source: TrafficReport['source'];
  where: string;
  query: TrafficQuery;
  notExported: number;
  read: number;
  fetchedAt: number;
}

/** The report of counted traffic over `project`. */
export function trafficReport(project: Project, counts: TrafficCounts, frame: ReportFrame): TrafficReport {
  const inOf = new Map(counts.starts);
  const outOf = new Map<string, number>();
  const edges: EdgeTraffic[] = [];
  for (const [key, count] of counts.edges) {
    if (count <= 0) continue;
    const [from, to] = key.split('\u0000') as [string, string];
    edges.push({ from, to, count });
    add(outOf, from, count);
    add(inOf, to, count);
  }
  edges.sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const blocks: BlockTraffic[] = [];
  const leadsOn = new Set<string>();
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      if (blockReferences(block).some((r) => r.kind !== 'blockValue')) leadsOn.add(block.id);
      const passesIn = inOf.get(block.id) ?? 0;
      if (!passesIn) continue;
      const out = outOf.get(block.id) ?? 0;
      const stopped = Math.min(
        passesIn,
        counts.ends ? (counts.ends.get(block.id) ?? 0) : Math.max(0, passesIn - out),
      );
      blocks.push({ blockId: block.id, in: passesIn, out, stopped, dropShare: stopped / passesIn });
    }
  // A block that leads nowhere ends conversations by design: it is no drop-off.
  const worst = blocks
    .filter((b) => b.stopped > 0 && leadsOn.has(b.blockId))
    .sort((a, b) => b.dropShare - a.dropShare || b.stopped - a.stopped || a.blockId.localeCompare(b.blockId))
    .slice(0, WORST_DROP_OFF_ROWS);
  const max = Math.max(0, ...blocks.map((b) => b.in), ...edges.map((e) => e.count));
  const unknownSteps = [...counts.unknown]
    .map(([stepId, count]) => ({ stepId, count }))
    .sort((a, b) => b.count - a.count || a.stepId.localeCompare(b.stepId));
  return { ...frame, blocks, edges, worst, max, unknownSteps, cached: false };
}
