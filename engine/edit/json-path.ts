// Reading and immutably writing a value at a JSON path inside a record (copies only along the path).
export type JsonPath = readonly (string | number)[];

export function getAt(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** A copy of `value` with `path` set to `next` (or the key deleted when `next` is undefined). */
export function setAt<T>(value: T, path: JsonPath, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  const container = value as unknown as Record<string | number, unknown> | unknown[];
  const child = (container as Record<string | number, unknown>)[key!];
  const updated = setAt(child, rest, next);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[key as number] = updated;
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  if (updated === undefined) delete copy[key as string];
  else copy[key as string] = updated;
  return copy as T;
}
