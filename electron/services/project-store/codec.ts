// How diffs and snapshots are stored: JSON, deflated (raw deflate, level 1: a few µs for an edit,
// about 10× smaller for a whole project).
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';

export function encodeJson(value: unknown): Buffer {
  return deflateRawSync(JSON.stringify(value), { level: constants.Z_BEST_SPEED });
}

export function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(inflateRawSync(bytes).toString('utf8')) as T;
}
