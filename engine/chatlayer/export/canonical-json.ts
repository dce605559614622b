// Free JSON values (bodies, defaults, session data) with their object keys sorted, so that the export
// does not depend on the order in which a project's file happened to list them.
import type { Json } from '../../model';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalJson<T extends Json>(value: T): T;
export function canonicalJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, Json> = {};
  for (const key of Object.keys(value).sort(byCodeUnits)) sorted[key] = canonicalJson(value[key]!);
  return sorted;
}
