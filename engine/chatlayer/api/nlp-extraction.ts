// `POST /v1/bots/{botId}/nlp/extract?version=` (observed): `{ language, expression }` → intents with
// scores (0 to 1) and entities.
import { z } from 'zod';

export const NlpExtractRequest = z.looseObject({ language: z.string().min(1), expression: z.string() });
export type NlpExtractRequest = z.infer<typeof NlpExtractRequest>;

export const NlpIntentScore = z.looseObject({ intent: z.string(), score: z.number() });
export type NlpIntentScore = z.infer<typeof NlpIntentScore>;

export const NlpExtraction = z.looseObject({
  extract: z.looseObject({
    intents: z.array(NlpIntentScore),
    entities: z.array(z.unknown()).default([]),
  }),
});
export type NlpExtraction = z.infer<typeof NlpExtraction>;
