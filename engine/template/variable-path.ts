// Session variable paths (docs/file-format.md#concepts, docs/file-format.md#templates): `order.size`, `items.0.name` and `items[0].name` address the
// same value; these helpers split a path into segments and read a value through objects and arrays.
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 10_000;

/** The segments of a dot path: `items[0].name` → ['items', '0', 'name']. */
export function pathSegments(path: string): readonly string[] {
  let segments = cache.get(path);
  if (segments) return segments;
  segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s.length > 0);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, segments);
  return segments;
}

/** The value at `segments` under `root`, or undefined when any step is missing. */
export function readSegments(root: unknown, segments: readonly string[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(segment)) return undefined;
      value = value[Number(segment)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return value;
}

/** The value at a dot path under `root`, or undefined. */
export function readPath(root: unknown, path: string): unknown {
  return readSegments(root, pathSegments(path));
}
