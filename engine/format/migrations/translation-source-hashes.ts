// An upgrade inside botloom/1: translations written before `sourceHash` recorded the primary values they were made
// from as text, in `from` (repeating every primary text once per language). They are read as the `textHash` of those
// texts, so a translation that was stale stays stale and one that was up to date stays up to date; saving writes
// `sourceHash`. No format bump: a file without translations is unchanged, and a file with `from` converts on
// reading. The schema check runs first: only a document it refuses is walked (docs/file-format.md#languages).
import { textHash } from '../../model';
import type { RawDocument } from './index';

export const TRANSLATION_SOURCES_UPGRADE =
  "translations' `from` texts read as `sourceHash` hashes; saving writes the hashes";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isTextValue = (v: unknown): v is string | string[] =>
  typeof v === 'string' || (Array.isArray(v) && v.every((e) => typeof e === 'string'));

/**
 * A `from` that converts: an object of texts or lists of texts, in an entry without `sourceHash`. Anything else is
 * left for the schema to refuse with its path.
 */
function convertible(entry: unknown): entry is Record<string, unknown> & { from: Record<string, unknown> } {
  return (
    isPlainObject(entry) &&
    isPlainObject(entry.from) &&
    !Object.hasOwn(entry, 'sourceHash') &&
    Object.values(entry.from).every(isTextValue)
  );
}

/** The entry with `from` replaced by `sourceHash` (same fields, each text hashed, per element for a list). */
function converted(
  entry: Record<string, unknown> & { from: Record<string, unknown> },
): Record<string, unknown> {
  const { from, ...rest } = entry;
  const sourceHash: Record<string, string | string[]> = {};
  for (const [field, value] of Object.entries(from))
    sourceHash[field] = typeof value === 'string' ? textHash(value) : (value as string[]).map(textHash);
  return { ...rest, sourceHash };
}

/** Sets an own property, even `__proto__` (a hostile key must stay a key the schema refuses, not a prototype). */
const put = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * The document with every translation entry's `from` converted to `sourceHash`, copying only the objects on the way
 * to a change; undefined when there is nothing to convert.
 */
export function upgradeTranslationSources(document: RawDocument): RawDocument | undefined {
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
      if (key === 'translations' && isPlainObject(next) && Object.values(next).some(convertible)) {
        const map: Record<string, unknown> = {};
        for (const language of Object.keys(next)) {
          const entry = next[language];
          put(map, language, convertible(entry) ? converted(entry) : entry);
        }
        next = map;
        changed = true;
      }
      if (next !== item) put((out ??= { ...record }), key, next);
    }
    return out ?? value;
  };
  const result = visit(document, 0) as RawDocument;
  return changed ? result : undefined;
}
