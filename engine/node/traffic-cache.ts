// The traffic cache (docs/chatlayer.md#traffic-cache): live traffic reports kept beside the project, never
// in it, in `<project name>.traffic-cache/traffic-<hash>.json` in the project's folder (for a `.botloom`
// project of the app, its data folder). Keyed by bot, version, range, channel and language; a file that
// is damaged, too large or for another key is ignored (and overwritten by the next fetch).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { trafficCacheKey, type TrafficCacheKey } from '../chatlayer/analytics/traffic-cache-key';
import { TrafficReport } from '../model';
import { readProjectText } from './bounded-read';

/** A cached report is at most this large (a 5,000-block project's report is about 1 MB). */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

/** `/dir/bot.json` → `/dir/bot.traffic-cache`. */
export function trafficCacheFolder(projectFile: string): string {
  const base = path.basename(projectFile).replace(/\.(json|botloom)$/i, '');
  return path.join(path.dirname(projectFile), `${base}.traffic-cache`);
}

export function trafficCacheFile(projectFile: string, key: TrafficCacheKey): string {
  return path.join(trafficCacheFolder(projectFile), trafficCacheKey(key).file);
}

/** The cached report for the key, or null (none, unreadable, or another key's). */
export function readTrafficCache(projectFile: string, key: TrafficCacheKey): TrafficReport | null {
  const { text } = trafficCacheKey(key);
  try {
    const data = JSON.parse(
      readProjectText(trafficCacheFile(projectFile, key), { maxBytes: MAX_CACHE_BYTES }),
    ) as unknown;
    if (data === null || typeof data !== 'object') return null;
    const { key: stored, report } = data as { key?: unknown; report?: unknown };
    if (stored !== text) return null;
    const parsed = TrafficReport.safeParse(report);
    return parsed.success ? { ...parsed.data, cached: true } : null;
  } catch {
    return null;
  }
}

/** Keeps the report for the key (written to a temporary file, then renamed). */
export function writeTrafficCache(projectFile: string, key: TrafficCacheKey, report: TrafficReport): string {
  const file = trafficCacheFile(projectFile, key);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(
    temp,
    JSON.stringify({ key: trafficCacheKey(key).text, report: { ...report, cached: false } }),
  );
  renameSync(temp, file);
  return file;
}
