// Translated texts of a multi-language bot (docs/file-format.md#languages). The primary-language text stays where
// it always was; each object that owns texts (a message, a button, a card, an input block) may carry
// `translations`: per language, its translated fields and the `sourceHash` of the primary values they were made from.
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
type Optionals<S extends FieldSchemas> = { [K in keyof S]: z.ZodOptional<S[K]> };
type Hashes<S extends FieldSchemas> = {
  [K in keyof S]: z.ZodOptional<
    S[K] extends z.ZodArray<z.ZodString> ? z.ZodArray<typeof TextHash> : typeof TextHash
  >;
};

/** A `textHash` (8 lowercase hex digits). */
export const TextHash = z.string().regex(TEXT_HASH_PATTERN, 'must be a text hash: 8 lowercase hex digits');

/**
 * The optional `translations` field of an object owning the text fields `fields`: a map from language to the
 * translated fields (each optional: a field left out is missing in that language) and `sourceHash`, the `textHash`
 * of each primary value they were translated from, one per element for a list (a translation whose hash differs
 * from today's primary text's may be stale). `inPlace: false` (tests) keeps zod's generic parser.
 */
export function translationsOf<S extends FieldSchemas>(fields: S, { inPlace = true } = {}) {
  const optional = {} as Optionals<S>;
  const hashes = {} as Hashes<S>;
  const lists = new Set<string>();
  for (const key of Object.keys(fields) as (keyof S & string)[]) {
    const list = fields[key] instanceof z.ZodArray;
    if (list) lists.add(key);
    if (!plainText(list ? (fields[key] as z.ZodArray<z.ZodString>).element : fields[key]!))
      throw new Error(`translationsOf: ${key} must be z.string() or z.array(z.string()), without checks`);
    optional[key] = fields[key]!.optional() as Optionals<S>[typeof key];
    hashes[key] = (list ? z.array(TextHash) : TextHash).optional() as Hashes<S>[typeof key];
  }
  const map = z.record(LanguageTag, z.strictObject({ ...optional, sourceHash: z.strictObject(hashes) }));
  return (inPlace ? checkedInPlace(map, new Set(Object.keys(fields)), lists) : map).optional();
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
function checkedInPlace<T extends z.ZodType>(schema: T, fields: Set<string>, lists: Set<string>): T {
  // In the renderer's bundle (vite.config.ts `define`) this reads `typeof true === 'boolean'`, and the bundler
  // drops zod's compile module (withParser lives there: about 30 KB of the initial JS).
  if (typeof __BOTLOOM_RENDERER__ === 'boolean') return schema;
  return z.withParser(schema, (value) =>
    isTranslationMap(value, fields, lists) ? (value as z.output<T>) : z.INVALID,
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
function isTranslationMap(value: unknown, fields: Set<string>, lists: Set<string>): boolean {
  if (!isRecord(value)) return false;
  // A `__proto__` key fails the tag pattern (the parser drops it, so the value goes to the parser).
  for (const language in value) {
    if (!LANGUAGE_TAG_PATTERN.test(language)) return false;
    const entry = value[language];
    if (!isRecord(entry)) return false;
    let hashed = false;
    for (const key in entry) {
      if (key === 'sourceHash') {
        const hashes = entry[key];
        if (!isRecord(hashes)) return false;
        for (const field in hashes)
          if (!fields.has(field) || !isTextValue(hashes[field], lists.has(field), TEXT_HASH_PATTERN))
            return false;
        hashed = true;
      } else if (!fields.has(key) || !isTextValue(entry[key], lists.has(key))) return false;
    }
    if (!hashed) return false;
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

/** One language's translation of an owner's fields, with the hashes of the primary values it was made from. */
export interface TranslationEntry {
  sourceHash: Partial<Record<string, TextValue>>;
  [field: string]: TextValue | Partial<Record<string, TextValue>> | undefined;
}

/** Any object that may carry translations: a message, a button, a card, an input block. */
export interface TextOwner {
  translations?: Record<string, TranslationEntry> | undefined;
  [field: string]: unknown;
}
