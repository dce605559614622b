// The key of a cached traffic report (docs/chatlayer.md#traffic-cache): bot, version, range, channel and
// language. The file name is a hash of the key; the file holds the key itself, checked on read.
import type { TrafficQuery } from '../../model';

export interface TrafficCacheKey extends TrafficQuery {
  botId: string;
  version: 'DRAFT' | 'LIVE';
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name, not a secret. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The canonical text of a key and its file name (`traffic-<hash>.json`). */
export function trafficCacheKey(key: TrafficCacheKey): { text: string; file: string } {
  const text = JSON.stringify([
    key.botId,
    key.version,
    key.since,
    key.until,
    key.channel ?? null,
    key.language ?? null,
  ]);
  return { text, file: `traffic-${fnv1a(text)}.json` };
}
