// Writes into the session object (docs/file-format.md#concepts): dot paths create missing objects; Chatlayer responses
// deep-merge plain objects and replace everything else (arrays too).
import type { Json } from '../model';
import { pathSegments } from '../template';

export type Session = Record<string, Json>;

export function isPlainObject(value: unknown): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Stores `value` at `path`, creating objects on the way; returns the previous value (undefined if none). */
export function writePath(session: Session, path: string, value: Json): Json | undefined {
  const segments = pathSegments(path);
  let container: Record<string, Json> | Json[] = session;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    const child: Json | undefined = Array.isArray(container)
      ? container[Number(segment)]
      : container[segment];
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
  for (const [key, value] of Object.entries(data)) out[key] = mergeJson(out[key], value);
  return out;
}

/** True when a value counts as "holding a value" for an input block (docs/file-format.md#input-block). */
export function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
