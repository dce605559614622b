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
 * from today's primary text's may be stale). `compile: false` (tests) keeps zod's generic parser.
 */
export function translationsOf<S extends FieldSchemas>(fields: S, { compile = true } = {}) {
  const optional = {} as Optionals<S>;
  const hashes = {} as Hashes<S>;
  for (const key of Object.keys(fields) as (keyof S)[]) {
    optional[key] = fields[key]!.optional() as Optionals<S>[typeof key];
    hashes[key] = (
      fields[key] instanceof z.ZodArray ? z.array(TextHash) : TextHash
    ).optional() as Hashes<S>[typeof key];
  }
  const map = z.record(LanguageTag, z.strictObject({ ...optional, sourceHash: z.strictObject(hashes) }));
  return (compile ? compiled(map) : map).optional();
}

/**
 * The map with zod's compiled fast path, where code generation is allowed (Node; not under the renderer's CSP,
 * which zod has probed already): a three-language file holds two entries per text, and checking them through the
 * generic parser was most of the schema check's extra time on open (bench/languages.bench.ts). A value the fast
 * path refuses goes through the generic parser, so what is refused, and every issue's path, is unchanged.
 */
function compiled<T extends z.ZodType>(schema: T): T {
  // In the renderer's bundle (vite.config.ts `define`) this reads `typeof true === 'boolean'`: its CSP forbids
  // generated code anyway, and the bundler then drops zod's compiler (about 30 KB of the initial JS).
  if (typeof __BOTLOOM_RENDERER__ === 'boolean') return schema;
  return z.config().jitless || !z.util.allowsEval.value ? schema : z.compile(schema);
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
