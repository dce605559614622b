// Translated texts of a multi-language bot (docs/file-format.md#languages). The primary-language text stays where
// it always was; each object that owns texts (a message, a button, a card, an input block) may carry
// `translations`: per language, its translated fields and the primary values they were translated `from`.
import { z } from 'zod';

export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const LanguageTag = z
  .string()
  .regex(LANGUAGE_TAG_PATTERN, 'must be a BCP 47 language tag such as en or nl-BE');
export type LanguageTag = z.infer<typeof LanguageTag>;

type FieldSchemas = Record<string, z.ZodString | z.ZodArray<z.ZodString>>;
type Optionals<S extends FieldSchemas> = { [K in keyof S]: z.ZodOptional<S[K]> };

/**
 * The optional `translations` field of an object owning the text fields `fields`: a map from language to the
 * translated fields (each optional: a field left out is missing in that language) and `from`, the primary
 * values they were translated from (a translation whose `from` differs from today's primary text may be stale).
 */
export function translationsOf<S extends FieldSchemas>(fields: S) {
  const optional = {} as Optionals<S>;
  for (const key of Object.keys(fields) as (keyof S)[])
    optional[key] = fields[key]!.optional() as Optionals<S>[typeof key];
  return z.record(LanguageTag, z.strictObject({ ...optional, from: z.strictObject(optional) })).optional();
}

/** A text field's value: one text, or a list (a text message's variants). */
export type TextValue = string | string[];

/** One language's translation of an owner's fields, with the primary values it was made from. */
export interface TranslationEntry {
  from: Partial<Record<string, TextValue>>;
  [field: string]: TextValue | Partial<Record<string, TextValue>> | undefined;
}

/** Any object that may carry translations: a message, a button, a card, an input block. */
export interface TextOwner {
  translations?: Record<string, TranslationEntry> | undefined;
  [field: string]: unknown;
}
