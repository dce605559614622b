// Declared variables and intents (docs/file-format.md#variables-and-intents).
import { z } from 'zod';
import { BlockId, Json, VariablePath } from './ids';
import { LanguageTag } from './translation';

export const Variable = z.strictObject({
  name: VariablePath,
  description: z.string().optional(),
  default: Json.optional(),
  sensitive: z.boolean().optional(),
});
export type Variable = z.infer<typeof Variable>;

export const IntentId = z
  .string()
  .regex(
    /^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_.-]{1,64}$/,
    'must be 1 to 64 characters of A-Z, a-z, 0-9, _, . or -, and not __proto__, constructor or prototype',
  );
export const Intent = z.strictObject({
  id: IntentId,
  /** Examples in the primary language. */
  examples: z.array(z.string().min(1)).min(1, 'an intent needs at least one example'),
  /** Examples in secondary languages (docs/file-format.md#languages): one NLP model is trained per language. */
  examplesByLanguage: z.record(LanguageTag, z.array(z.string().min(1))).optional(),
  block: BlockId.optional(),
});
export type Intent = z.infer<typeof Intent>;

export const DEFAULT_NLP_THRESHOLD = 0.7;
/** Longer user messages go to Not understood, as in Chatlayer (docs/file-format.md#turn-order). */
export const DEFAULT_MAX_MESSAGE_LENGTH = 1_000;
export const NlpSettings = z.strictObject({
  threshold: z.number().min(0).max(1).default(DEFAULT_NLP_THRESHOLD),
  /** Characters a typed message may have; longer ones are not understood. Default DEFAULT_MAX_MESSAGE_LENGTH. */
  maxMessageLength: z.number().int().min(1).max(100_000).optional(),
  /** Minimum score (0–1) of a fuzzy match-entity hit (docs/file-format.md#entities); default DEFAULT_ENTITY_THRESHOLD. */
  entityThreshold: z.number().min(0).max(1).optional(),
});
export type NlpSettings = z.infer<typeof NlpSettings>;
