// Live traffic (docs/chatlayer.md#traffic): for every exported block, its step's sources and targets from
// the Analytics API, a few calls at a time (the client's rate limiter paces them), turned into the
// traffic model by Botloom block id. A step id the answer names that no block has is listed with its
// count and left out of every other figure. Cancel with the signal: the fetch rejects, nothing is kept.
import type { Project, TrafficQuery, TrafficReport } from '../../model';
import type { AnalyticsClient } from './analytics-client';
import type { StepEdge } from './analytics-api';
import { add, edgeKey, trafficReport, type TrafficCounts } from './traffic-model';

export interface FetchTrafficOptions {
  signal?: AbortSignal;
  /** After each answered page: calls done, calls known so far (two per exported block, more for pages). */
  onProgress?(p: { done: number; total: number }): void;
  /** Calls in flight at once (default 4); the rate limiter still decides when each may start. */
  concurrency?: number;
  /** "bot 1001 (DRAFT) at region EU". */
  where: string;
  now?: () => number;
}

/** Block id → Chatlayer step id, for the blocks of the project that have one. */
export function exportedSteps(project: Project): { byBlock: Map<string, string>; notExported: number } {
  const ids = project.chatlayer?.ids ?? {};
  const byBlock = new Map<string, string>();
  let notExported = 0;
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      const step = Object.hasOwn(ids, block.id) ? ids[block.id] : undefined;
      if (step) byBlock.set(block.id, step);
      else notExported++;
    }
  return { byBlock, notExported };
}

export async function fetchTraffic(
  client: AnalyticsClient,
  project: Project,
  query: TrafficQuery,
  options: FetchTrafficOptions,
): Promise<TrafficReport> {
  const { byBlock, notExported } = exportedSteps(project);
  const blockOf = new Map<string, string>();
  for (const [block, step] of byBlock) if (!blockOf.has(step)) blockOf.set(step, block);
  const fromTargets = new Map<string, number>();
  const fromSources = new Map<string, number>();
  const counts: TrafficCounts = { starts: new Map(), ends: new Map(), edges: new Map(), unknown: new Map() };
  let sawEnd = false;
  const edgeQuery = {
    startTime: query.since,
    endTime: query.until,
    channelType: query.channel,
    language: query.language,
  };
  const calls = [...byBlock].flatMap(([block, step]) =>
    (['sources', 'targets'] as const).map((type) => ({ block, step, type })),
  );
  let done = 0;
  let total = calls.length;
  const tick = () => options.onProgress?.({ done: ++done, total: (total = Math.max(total, done)) });
  const take = (block: string, type: 'sources' | 'targets', edges: StepEdge[]) => {
    for (const e of edges) {
      if (e.count <= 0) continue;
      if (e.stepId === null) {
        if (type === 'sources') add(counts.starts, block, e.count);
        else {
          sawEnd = true;
          add(counts.ends!, block, e.count);
        }
        continue;
      }
      const other = blockOf.get(e.stepId);
      if (other === undefined) add(counts.unknown, e.stepId, e.count);
      else if (type === 'targets') add(fromTargets, edgeKey(block, other), e.count);
      else add(fromSources, edgeKey(other, block), e.count);
    }
  };
  let next = 0;
  // One failed call stops the others: the fetch fails as a whole.
  const stop = new AbortController();
  let first: { error: unknown } | null = null;
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const worker = async () => {
    while (next < calls.length) {
      options.signal?.throwIfAborted();
      if (stop.signal.aborted) return;
      const { block, step, type } = calls[next++]!;
      let pages = 0;
      try {
        const edges = await client.stepEdges(step, type, edgeQuery, signal, () => {
          if (++pages > 1) total++;
          tick();
        });
        take(block, type, edges);
      } catch (e) {
        if (!stop.signal.aborted) first = { error: e };
        stop.abort();
        return;
      }
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? 4, calls.length));
  await Promise.all(Array.from({ length: width }, worker));
  if (first) throw (first as { error: unknown }).error;
  // Both sides name each edge; they should agree, and the larger is kept if they do not.
  for (const key of new Set([...fromTargets.keys(), ...fromSources.keys()]))
    counts.edges.set(key, Math.max(fromTargets.get(key) ?? 0, fromSources.get(key) ?? 0));
  if (!sawEnd) counts.ends = null;
  return trafficReport(project, counts, {
    source: 'live',
    where: options.where,
    query,
    notExported,
    read: done,
    fetchedAt: (options.now ?? Date.now)(),
  });
}
