// How diffs and snapshots are stored: JSON, deflated (raw deflate, level 1: a few µs for an edit,
// about 10× smaller for a whole project).
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import { MAX_PROJECT_FILE_BYTES } from '../../../engine/node/bounded-read';

export function encodeJson(value: unknown): Buffer {
  return deflateRawSync(JSON.stringify(value), { level: constants.Z_BEST_SPEED });
}

/**
 * The JSON value of stored bytes. The bytes come from a project file, so their inflated size is bounded as a
 * project file is (a few hundred bytes of deflate can claim gigabytes): beyond it, this throws a RangeError.
 */
export function decodeJson<T>(bytes: Uint8Array, maxBytes = MAX_PROJECT_FILE_BYTES): T {
  return JSON.parse(inflateRawSync(bytes, { maxOutputLength: maxBytes }).toString('utf8')) as T;
}
