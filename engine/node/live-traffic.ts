// Live traffic with the cache beside the project (docs/chatlayer.md#traffic-cache), shared by
// `botloom chatlayer traffic` and the app's `chatlayer.traffic`: a cached report for the same bot,
// version, range, channel and language is answered at once unless `refresh`; a fetched one is kept.
import { fetchTraffic, openAnalytics } from '../chatlayer/analytics';
import type { ChatlayerFetch } from '../chatlayer/client/chatlayer-request';
import { whereLabel, type OpenChatlayer } from '../chatlayer/connection/open-connection';
import type { Project, TrafficQuery, TrafficReport } from '../model';
import { readTrafficCache, writeTrafficCache } from './traffic-cache';

export interface LiveTrafficRequest {
  /** The project file: the cache goes beside it. */
  projectFile: string;
  project: Project;
  open: OpenChatlayer;
  fetch: ChatlayerFetch;
  query: TrafficQuery;
  refresh?: boolean;
  signal?: AbortSignal;
  onProgress?(p: { done: number; total: number }): void;
  /** Where the cache went (or why it could not be written). */
  onCache?(line: string): void;
}

export async function liveTraffic(r: LiveTrafficRequest): Promise<TrafficReport> {
  const key = { botId: r.open.connection.botId ?? '', version: r.open.connection.version, ...r.query };
  if (!r.refresh) {
    const cached = readTrafficCache(r.projectFile, key);
    if (cached) return cached;
  }
  const report = await fetchTraffic(openAnalytics(r.open, r.fetch), r.project, r.query, {
    where: whereLabel(r.open),
    ...(r.signal ? { signal: r.signal } : {}),
    ...(r.onProgress ? { onProgress: r.onProgress } : {}),
  });
  try {
    const file = writeTrafficCache(r.projectFile, key, report);
    r.onCache?.(`kept in ${file}`);
  } catch (e) {
    r.onCache?.(`not cached: ${(e as Error).message}`);
  }
  return report;
}
