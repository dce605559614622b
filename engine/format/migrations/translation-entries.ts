// Upgrades inside botloom/1 of the translation entries written by earlier Botlooms (docs/file-format.md#languages):
// - `from`: the primary values a translation was made from, as text (repeating every primary text once per
//   language). Each is read as its `textHash`, so a translation that was stale stays stale and one that was up to
//   date stays up to date.
// - `sourceHash`: those hashes in an object of their own. Each moves beside its field as `<field>Hash`.
// Saving writes `<field>Hash`. No format bump: a file without translations is unchanged, and an older entry converts
// on reading. The schema check runs first: only a document it refuses is walked, so a current file pays nothing.
import { hashKey, valueHash } from '../../model';
import type { RawDocument } from './index';

export const TRANSLATION_ENTRIES_UPGRADE =
  "translations' `from` texts and `sourceHash` objects read as `<field>Hash` hashes beside each field; saving writes those";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isTextValue = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.every((e) => typeof e === 'string'));

/** Sets an own property, even `__proto__` (a hostile key must stay a key the schema refuses, not a prototype). */
const put = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * The hashes an older entry records, by field: its `from` texts hashed, or its `sourceHash`. Undefined when the
 * entry is current, or is not one this converts (both older shapes, values that are not texts, a hash that would
 * collide with one already beside its field): those are left for the schema to refuse with their path.
 */
function olderHashes(entry: unknown): Record<string, string | string[]> | undefined {
  if (!isPlainObject(entry)) return undefined;
  const from = Object.hasOwn(entry, 'from') ? entry.from : undefined;
  const sourceHash = Object.hasOwn(entry, 'sourceHash') ? entry.sourceHash : undefined;
  if ((from === undefined) === (sourceHash === undefined)) return undefined;
  const older = from ?? sourceHash;
  if (!isPlainObject(older)) return undefined;
  const fields = Object.keys(older);
  if (!fields.every((f) => isTextValue(older[f]) && !Object.hasOwn(entry, hashKey(f)))) return undefined;
  const hashes: Record<string, string | string[]> = {};
  for (const field of fields) {
    const value = older[field] as string | string[];
    put(hashes, field, from === undefined ? value : valueHash(value));
  }
  return hashes;
}

/** The entry in the current shape: each field followed by its hash (as the file writes them), hashes of absent fields last. */
function converted(
  entry: Record<string, unknown>,
  hashes: Record<string, string | string[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entry)) {
    if (key === 'from' || key === 'sourceHash') continue;
    put(out, key, entry[key]);
    if (Object.hasOwn(hashes, key)) put(out, hashKey(key), hashes[key]);
  }
  for (const field of Object.keys(hashes))
    if (!Object.hasOwn(out, hashKey(field))) put(out, hashKey(field), hashes[field]);
  return out;
}

/**
 * The document with every older translation entry converted to `<field>Hash` hashes, copying only the objects on
 * the way to a change; undefined when there is nothing to convert.
 */
export function upgradeTranslationEntries(document: RawDocument): RawDocument | undefined {
  let changed = false;
  const visit = (value: unknown, depth: number): unknown => {
    // Deeper than any owner of texts sits; the schema refuses such nesting anyway.
    if (depth > 64 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      value.forEach((item, i) => {
        const next = visit(item, depth + 1);
        if (next !== item) put((out ??= [...value]), i, next);
      });
      return out ?? value;
    }
    const record = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(record)) {
      const item = record[key];
      let next = visit(item, depth + 1);
      if (key === 'translations' && isPlainObject(next)) {
        const map = next;
        const upgrades = Object.keys(map).map((language) => olderHashes(map[language]));
        if (upgrades.some((h) => h !== undefined)) {
          const upgraded: Record<string, unknown> = {};
          Object.keys(map).forEach((language, i) => {
            const hashes = upgrades[i];
            put(
              upgraded,
              language,
              hashes ? converted(map[language] as Record<string, unknown>, hashes) : map[language],
            );
          });
          next = upgraded;
          changed = true;
        }
      }
      if (next !== item) put((out ??= { ...record }), key, next);
    }
    return out ?? value;
  };
  const result = visit(document, 0) as RawDocument;
  return changed ? result : undefined;
}
