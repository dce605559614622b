// Writes into the session object (docs/file-format.md#concepts): dot paths create missing objects; Chatlayer responses
// deep-merge plain objects and replace everything else (arrays too). The ONE writer of session paths:
// it refuses `__proto__`, `constructor` and `prototype` segments, so no path reaches a prototype.
import { UNSAFE_PATH_SEGMENTS, safeJsonReviver, type Json } from '../model';
import { pathSegments } from '../template';

export type Session = Record<string, Json>;

/** A fresh session root: an object without a prototype, so no name on it reaches Object.prototype. */
export function newSession(): Session {
  return Object.create(null) as Session;
}

/** The first segment of `path` that would reach a prototype (`__proto__`, `constructor`, `prototype`). */
export function unsafeSegment(path: string): string | undefined {
  return pathSegments(path).find((s) => UNSAFE_PATH_SEGMENTS.has(s));
}

/** Thrown by writePath for a path with a segment that would reach a prototype. */
export class UnsafePathError extends Error {
  constructor(
    readonly path: string,
    readonly segment: string,
  ) {
    super(`cannot write ${path}: a variable path cannot contain the segment ${segment}`);
    this.name = 'UnsafePathError';
  }
}

/** JSON.parse for values crossing into the engine (sandbox results, API responses): prototype keys dropped. */
export function parseForeignJson(text: string): Json {
  return JSON.parse(text, safeJsonReviver) as Json;
}

/** A deep copy of `value` without `__proto__`, `constructor` and `prototype` keys. */
export function safeJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(safeJson);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(value)) if (!UNSAFE_PATH_SEGMENTS.has(key)) out[key] = safeJson(value[key]!);
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Stores `value` at `path`, creating objects on the way; returns the previous value (undefined if none). */
export function writePath(session: Session, path: string, value: Json): Json | undefined {
  const segments = pathSegments(path);
  const unsafe = segments.find((s) => UNSAFE_PATH_SEGMENTS.has(s));
  if (unsafe !== undefined) throw new UnsafePathError(path, unsafe);
  let container: Record<string, Json> | Json[] = session;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    const child: Json | undefined = Array.isArray(container)
      ? container[Number(segment)]
      : Object.prototype.hasOwnProperty.call(container, segment)
        ? container[segment]
        : undefined;
    if (
      child !== null &&
      typeof child === 'object' &&
      (!Array.isArray(child) || /^\d+$/.test(segments[i + 1]!))
    ) {
      container = child;
      continue;
    }
    const fresh: Record<string, Json> = {};
    if (Array.isArray(container)) container[Number(segment)] = fresh;
    else container[segment] = fresh;
    container = fresh;
  }
  const last = segments[segments.length - 1]!;
  if (Array.isArray(container) && /^\d+$/.test(last)) {
    const old = container[Number(last)];
    container[Number(last)] = value;
    return old;
  }
  const target = container as Record<string, Json>;
  const old = Object.prototype.hasOwnProperty.call(target, last) ? target[last] : undefined;
  target[last] = value;
  return old;
}

/** Chatlayer's merge of response data: plain objects merge key by key (recursively), anything else replaces. */
export function mergeJson(old: Json | undefined, data: Json): Json {
  if (!isPlainObject(old) || !isPlainObject(data)) return structuredClone(data);
  const out: Record<string, Json> = { ...old };
  for (const [key, value] of Object.entries(data)) {
    if (UNSAFE_PATH_SEGMENTS.has(key)) continue;
    out[key] = mergeJson(Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined, value);
  }
  return out;
}

/** True when a value counts as "holding a value" for an input block (docs/file-format.md#input-block). */
export function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
