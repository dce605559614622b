// Translated texts of a multi-language bot (docs/file-format.md#languages). The primary-language text stays where
// it always was; each object that owns texts (a message, a button, a card, an input block) may carry
// `translations`: per language, its translated fields, each beside `<field>Hash`, the hash of the primary value it
// was made from.
import { z } from 'zod';
import { TEXT_HASH_PATTERN } from './text-hash';

/** `true` in the renderer's bundle only (vite.config.ts); a plain global, undefined, elsewhere. */
declare const __BOTLOOM_RENDERER__: boolean | undefined;

export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const LanguageTag = z
  .string()
  .regex(LANGUAGE_TAG_PATTERN, 'must be a BCP 47 language tag such as en or nl-BE');
export type LanguageTag = z.infer<typeof LanguageTag>;

type FieldSchemas = Record<string, z.ZodString | z.ZodArray<z.ZodString>>;
type HashOf<F> = F extends z.ZodArray<z.ZodString> ? z.ZodArray<typeof TextHash> : typeof TextHash;
/** An entry's shape: each field and its `<field>Hash`, all optional. */
type EntryShape<S extends FieldSchemas> = { [K in keyof S & string]: z.ZodOptional<S[K]> } & {
  [K in keyof S & string as `${K}Hash`]: z.ZodOptional<HashOf<S[K]>>;
};

/** The key of the hash recorded beside a translated field: `textHash` for `text`, `variantsHash` for `variants`. */
export const hashKey = (field: string): string => `${field}Hash`;

/** Whether an entry's key is a hash (`textHash`) rather than a text: no translatable field's name ends so. */
export const isHashKey = (key: string): boolean => key.endsWith('Hash');

/** A `textHash` (8 lowercase hex digits). */
export const TextHash = z.string().regex(TEXT_HASH_PATTERN, 'must be a text hash: 8 lowercase hex digits');

/**
 * The optional `translations` field of an object owning the text fields `fields`: a map from language to the
 * translated fields (each optional: a field left out is missing in that language), each followed by its
 * `<field>Hash`, the `textHash` of the primary value it was translated from, one per element for a list (a
 * translation whose hash differs from today's primary text's may be stale). Flat, so an entry is one object: a
 * nested object of hashes cost a three-language file a third more objects to read (bench/languages.bench.ts).
 * `inPlace: false` (tests) keeps zod's generic parser.
 */
export function translationsOf<S extends FieldSchemas>(fields: S, { inPlace = true } = {}) {
  const shape: Record<string, z.ZodOptional<z.ZodType>> = {};
  const keys = new Map<string, EntryKey>();
  for (const field of Object.keys(fields)) {
    const list = fields[field] instanceof z.ZodArray;
    if (!plainText(list ? (fields[field] as z.ZodArray<z.ZodString>).element : fields[field]!))
      throw new Error(`translationsOf: ${field} must be z.string() or z.array(z.string()), without checks`);
    if (isHashKey(field) || field === 'translations')
      throw new Error(`translationsOf: ${field} cannot be translated (it would read as a hash or a map)`);
    // Each field, then its hash: the writer follows the schema's key order, so they sit on neighbouring lines.
    shape[field] = fields[field]!.optional();
    shape[hashKey(field)] = (list ? z.array(TextHash) : TextHash).optional();
    keys.set(field, { list, hash: false });
    keys.set(hashKey(field), { list, hash: true });
  }
  const map = z.record(LanguageTag, z.strictObject(shape as EntryShape<S>));
  return (inPlace ? checkedInPlace(map, keys) : map).optional();
}

/** What a key of a translation entry holds: a text or a hash, of one value or a list. */
interface EntryKey {
  list: boolean;
  hash: boolean;
}

/** A schema whose output is its input (no checks, transforms or defaults), so a valid value can be kept as it is. */
function plainText(schema: z.ZodType): boolean {
  return schema instanceof z.ZodString && !schema._zod.def.checks?.length;
}

/**
 * The map with a fast path that checks a value without copying it and, when it is valid, keeps it as it is (its
 * output would equal it: strict objects of plain strings). A three-language file holds a map per text, and building
 * zod's copies of them (compiled or not) was all the schema check's extra garbage on open: 1.3 MB more than one
 * language for 5,000 blocks, none now (bench/languages.bench.ts). A value the fast path does not accept goes through
 * zod's generic parser, so what is refused, and every issue's path, is unchanged
 * (test/engine/model/translation-schema.test.ts). The renderer keeps the generic parser.
 */
function checkedInPlace<T extends z.ZodType>(schema: T, keys: Map<string, EntryKey>): T {
  // In the renderer's bundle (vite.config.ts `define`) this reads `typeof true === 'boolean'`, and the bundler
  // drops zod's compile module (withParser lives there: about 30 KB of the initial JS).
  if (typeof __BOTLOOM_RENDERER__ === 'boolean') return schema;
  return z.withParser(schema, (value) =>
    isTranslationMap(value, keys) ? (value as z.output<T>) : z.INVALID,
  );
}

/** A plain object as JSON.parse and structured clone make them. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Whether the generic parser would accept `value` and output an equal value (when in doubt: false). Keys are read
 * with `for…in`, as zod's records and strict objects read them (and without the garbage of `Reflect.ownKeys`).
 */
function isTranslationMap(value: unknown, keys: Map<string, EntryKey>): boolean {
  if (!isRecord(value)) return false;
  // A `__proto__` key fails the tag pattern (the parser drops it, so the value goes to the parser).
  for (const language in value) {
    if (!LANGUAGE_TAG_PATTERN.test(language)) return false;
    const entry = value[language];
    if (!isRecord(entry)) return false;
    for (const key in entry) {
      const kind = keys.get(key);
      if (!kind || !isTextValue(entry[key], kind.list, kind.hash ? TEXT_HASH_PATTERN : undefined))
        return false;
    }
  }
  return true;
}

function isTextValue(value: unknown, list: boolean, pattern?: RegExp): boolean {
  if (!list) return typeof value === 'string' && (!pattern || pattern.test(value));
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
  // An array as JSON makes it: no holes and no other keys (the parser's output would have neither).
  for (let i = 0; i < value.length; i++) {
    const text: unknown = value[i];
    if (!(i in value) || typeof text !== 'string' || (pattern && !pattern.test(text))) return false;
  }
  let keys = 0;
  for (const _ in value) keys++;
  return keys === value.length;
}

/** A text field's value: one text, or a list (a text message's variants). */
export type TextValue = string | string[];

/**
 * One language's translation of an owner's fields: each translated field, and beside it `<field>Hash` (`hashKey`),
 * the hash of the primary value it was made from.
 */
export type TranslationEntry = Partial<Record<string, TextValue>>;

/** Any object that may carry translations: a message, a button, a card, an input block. */
export interface TextOwner {
  translations?: Record<string, TranslationEntry> | undefined;
  [field: string]: unknown;
}
