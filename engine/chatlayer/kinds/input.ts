// Input blocks as Chatlayer `inputValidation` dialog states. Chatlayer validates with a type; a
// Botloom rule the type cannot say (a regex, choices, a number range) is kept in `botloom`.
import { z } from 'zod';
import type { JsonPathSegment } from '../../format';
import { DEFAULT_MAX_ATTEMPTS, InputValidation, VariablePath, type InputBlock } from '../../model';
import { canonicalJson } from '../export/canonical-json';
import { exportMessages, textMessage } from '../export/export-messages';
import { ChatlayerId, ChatlayerMessage, ChatlayerTextMessage } from '../export/message-schema';
import type { ImportContext } from '../import/import-context';
import { importMessages } from '../import/import-messages';
import {
  blockExtension,
  dialogstateBase,
  exportHead,
  exportJump,
  importHead,
  importJump,
  withExtension,
  type DialogstateKind,
} from './kind';

/** Chatlayer's validation types that Botloom's input kinds map to. */
export const ValidationType = z.enum([
  'any',
  'date',
  'sys.email',
  'sys.phone_number',
  'sys.number',
  'sys.url',
]);
export type ValidationType = z.infer<typeof ValidationType>;

export const InputValidationDialogstate = z.strictObject({
  ...dialogstateBase,
  type: z.literal('inputValidation'),
  messages: z.array(ChatlayerMessage),
  variable: VariablePath,
  validation: z.strictObject({
    type: ValidationType,
    /** The whole Botloom validation, when the type alone loses part of it (regex, choice, a number range). */
    botloom: InputValidation.optional(),
  }),
  invalidMessage: ChatlayerTextMessage.optional(),
  maxAttempts: z.number().int().min(1).max(100).optional(),
  onFailDialogstateId: ChatlayerId.optional(),
  disableNlp: z.boolean().optional(),
  nextDialogstateId: ChatlayerId.optional(),
  botloom: z
    .strictObject({
      ...blockExtension,
      askAlways: z.boolean().optional(),
      failMessage: z.string().optional(),
    })
    .optional(),
});
export type InputValidationDialogstate = z.infer<typeof InputValidationDialogstate>;

/** System entities whose Chatlayer validation type is known; `sys.url` is inferred from the others' naming. */
const ENTITY_TYPES: Partial<Record<string, ValidationType>> = {
  'sys.email': 'sys.email',
  'sys.phone_number': 'sys.phone_number',
  'sys.number': 'sys.number',
  'sys.url': 'sys.url',
  'sys.date': 'date',
  'sys.any': 'any',
};

/** Chatlayer's validation type for each input kind; `exact` when the type alone says everything. */
function validationType(validate: InputValidation): { type: ValidationType; exact: boolean } {
  switch (validate.kind) {
    case 'entity':
      return { type: ENTITY_TYPES[validate.entity] ?? 'any', exact: false };
    case 'url':
      return { type: 'sys.url', exact: true };
    case 'time':
    case 'location':
    case 'language':
      return { type: 'any', exact: false };
    case 'any':
      return { type: 'any', exact: true };
    case 'date':
      return { type: 'date', exact: true };
    case 'email':
      return { type: 'sys.email', exact: true };
    case 'phone':
      return { type: 'sys.phone_number', exact: true };
    case 'number':
      return { type: 'sys.number', exact: validate.min === undefined && validate.max === undefined };
    case 'regex':
    case 'choice':
      return { type: 'any', exact: false };
  }
}

const VALIDATION_KINDS: Record<ValidationType, InputValidation> = {
  any: { kind: 'any' },
  date: { kind: 'date' },
  'sys.email': { kind: 'email' },
  'sys.phone_number': { kind: 'phone' },
  'sys.number': { kind: 'number' },
  'sys.url': { kind: 'url' },
};

/** Why an input kind cannot be said in Chatlayer's bot file exactly, or undefined when it can. */
function validationWarning(validate: InputValidation): string | undefined {
  switch (validate.kind) {
    case 'number':
      return validate.min === undefined && validate.max === undefined
        ? undefined
        : 'checks a number range, which Chatlayer’s number validation has no place for; the range is kept only for Botloom.';
    case 'regex':
    case 'choice':
      return `validates with ${validate.kind === 'regex' ? 'a regular expression' : 'a list of choices'}, which Chatlayer cannot express: it is exported as "any" and the rule is kept only for Botloom.`;
    case 'entity': {
      const type = ENTITY_TYPES[validate.entity];
      if (!type)
        return `validates against the entity ${validate.entity}; how Chatlayer's bot file names an entity validation is not known, so it is exported as "any" and the entity is kept only for Botloom: choose the entity in Chatlayer after importing.`;
      if (validate.only)
        return `accepts only ${validate.only} dates; where Chatlayer's bot file keeps that option is not known, so it is kept only for Botloom: set it again in Chatlayer.`;
      return undefined;
    }
    case 'time':
    case 'location':
    case 'language':
      return `validates a ${validate.kind}; the name of that validation type in Chatlayer's bot file is not known, so it is exported as "any" and kept only for Botloom: choose the type in Chatlayer after importing.`;
    default:
      return undefined;
  }
}

function importValidation(
  d: InputValidationDialogstate,
  ctx: ImportContext,
  at: JsonPathSegment[],
): InputValidation {
  const { type, botloom } = d.validation;
  if (!botloom) return VALIDATION_KINDS[type];
  const exported = validationType(botloom).type;
  if (exported !== type)
    ctx.fail(
      'invalid-value',
      [...at, 'validation', 'type'],
      `a "${botloom.kind}" validation is exported as "${exported}", not "${type}": make them agree.`,
    );
  return botloom;
}

export const inputChatlayer = {
  shape: 'dialogstate',
  type: 'inputValidation',
  schema: InputValidationDialogstate,
  export(block, id, ctx) {
    const { head, extension } = exportHead(block, id, ctx);
    const { type, exact } = validationType(block.validate);
    const warning = validationWarning(block.validate);
    if (warning) ctx.warn(warning);
    if (block.failMessage !== undefined)
      ctx.warn(
        'sends its own message on the last failed attempt; where Chatlayer keeps that message in its bot file is not known, so it is kept only for Botloom.',
      );
    if (block.askAlways)
      ctx.warn('asks even when its variable holds a value; Chatlayer always skips it then.');
    if (block.maxAttempts !== undefined && block.maxAttempts !== DEFAULT_MAX_ATTEMPTS)
      ctx.warn(
        `gives up after ${block.maxAttempts} invalid answers; Chatlayer does after ${DEFAULT_MAX_ATTEMPTS}.`,
      );
    return {
      ...head,
      type: 'inputValidation',
      messages: exportMessages(block.prompt, ctx),
      variable: block.variable,
      validation: { type, ...(exact ? {} : { botloom: canonicalJson(block.validate) }) },
      ...(block.invalidMessage !== undefined ? { invalidMessage: textMessage(block.invalidMessage) } : {}),
      ...(block.maxAttempts !== undefined ? { maxAttempts: block.maxAttempts } : {}),
      ...exportJump('onFailDialogstateId', block.onFail, ctx),
      ...(block.disableNlp !== undefined ? { disableNlp: block.disableNlp } : {}),
      ...exportJump('nextDialogstateId', block.next, ctx),
      ...withExtension({
        ...extension,
        ...(block.askAlways !== undefined ? { askAlways: block.askAlways } : {}),
        ...(block.failMessage !== undefined ? { failMessage: block.failMessage } : {}),
      }),
    };
  },
  import: (d, ctx, at): InputBlock => ({
    ...importHead(d),
    type: 'input',
    prompt: importMessages(d.messages, ctx, [...at, 'messages']),
    variable: d.variable,
    validate: importValidation(d, ctx, at),
    ...(d.invalidMessage ? { invalidMessage: d.invalidMessage.config.textMessages[0]?.text ?? '' } : {}),
    ...(d.botloom?.failMessage !== undefined ? { failMessage: d.botloom.failMessage } : {}),
    ...(d.maxAttempts !== undefined ? { maxAttempts: d.maxAttempts } : {}),
    ...importJump('onFail', d.onFailDialogstateId, ctx, [...at, 'onFailDialogstateId']),
    ...(d.botloom?.askAlways !== undefined ? { askAlways: d.botloom.askAlways } : {}),
    ...(d.disableNlp !== undefined ? { disableNlp: d.disableNlp } : {}),
    ...importJump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
  }),
} satisfies DialogstateKind<'input', typeof InputValidationDialogstate>;
