// User input block (docs/file-format.md#input-block): asks, validates and stores an answer in a variable.
import { z } from 'zod';
import { BlockId, VariablePath } from '../ids';
import { Message } from '../message';
import { translationsOf } from '../translation';
import { blockBase } from './base';
import { buttonReferences, defineBlockKind, slotReference } from './kind';

export const InputValidation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('any') }),
  z.strictObject({ kind: z.literal('number'), min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({ kind: z.literal('email') }),
  z.strictObject({ kind: z.literal('phone') }),
  z.strictObject({ kind: z.literal('date') }),
  z.strictObject({
    kind: z.literal('regex'),
    pattern: z.string().min(1),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'flags may be i, m, s, u')
      .optional(),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    choices: z.array(z.string().min(1)).min(1, 'a choice needs at least one option'),
  }),
  /** A custom entity or a system entity, read from the whole sentence and stored in Chatlayer's format. */
  z.strictObject({
    kind: z.literal('entity'),
    entity: z.string().min(1, 'name a custom entity or a sys.* entity'),
    /** For sys.date: accept only past (today included) or only future (today included) dates. */
    only: z.enum(['past', 'future']).optional(),
  }),
  z.strictObject({ kind: z.literal('url') }),
  /** A time of day ("at 3pm", "om 15 uur"), stored as HH:mm. */
  z.strictObject({ kind: z.literal('time') }),
  /** A place, geocoded (mocked in Botloom; docs/file-format.md#input-block). */
  z.strictObject({ kind: z.literal('location') }),
  /** A language name or code, stored as its ISO 639-1 code. */
  z.strictObject({ kind: z.literal('language') }),
]);
export type InputValidation = z.infer<typeof InputValidation>;
export type InputValidationKind = InputValidation['kind'];

export const DEFAULT_MAX_ATTEMPTS = 3;

export const InputBlock = z.strictObject({
  ...blockBase,
  type: z.literal('input'),
  prompt: z.array(Message).default([]),
  variable: VariablePath,
  validate: InputValidation.default({ kind: 'any' }),
  invalidMessage: z.string().optional(),
  /** Sent instead of invalidMessage on the last failed attempt, before onFail (Chatlayer's third-failure message). */
  failMessage: z.string().optional(),
  maxAttempts: z.number().int().min(1).max(100).optional(),
  onFail: BlockId.optional(),
  askAlways: z.boolean().optional(),
  disableNlp: z.boolean().optional(),
  next: BlockId.optional(),
  /** invalidMessage and failMessage in the secondary languages (docs/file-format.md#languages). */
  translations: translationsOf({ invalidMessage: z.string(), failMessage: z.string() }),
});
export type InputBlock = z.infer<typeof InputBlock>;

export const inputKind = defineBlockKind(InputBlock, {
  type: 'input',
  schemaName: 'InputBlock',
  optionalSlots: ['next', 'onFail'],
  references: (block) => [
    ...buttonReferences(block.prompt, 'prompt'),
    ...slotReference('onFail', block.onFail),
  ],
  messages: (block) => block.prompt,
  variablesSet: (block) => [block.variable],
  variableFields: ['variable'],
  texts: { messages: 'prompt', fields: ['invalidMessage', 'failMessage'] },
  newBlock: (base): InputBlock => ({
    ...base,
    type: 'input',
    prompt: [{ kind: 'text', text: 'What is your answer?' }],
    variable: 'answer',
    validate: { kind: 'any' },
  }),
});
