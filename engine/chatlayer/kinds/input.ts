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
export const ValidationType = z.enum(['any', 'date', 'sys.email', 'sys.phone_number', 'sys.number']);
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
  botloom: z.strictObject({ ...blockExtension, askAlways: z.boolean().optional() }).optional(),
});
export type InputValidationDialogstate = z.infer<typeof InputValidationDialogstate>;

/** Chatlayer's validation type for each input kind; `exact` when the type alone says everything. */
function validationType(validate: InputValidation): { type: ValidationType; exact: boolean } {
  switch (validate.kind) {
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
};

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
    if (!exact)
      ctx.warn(
        block.validate.kind === 'number'
          ? 'checks a number range, which Chatlayer’s number validation has no place for; the range is kept only for Botloom.'
          : `validates with ${block.validate.kind === 'regex' ? 'a regular expression' : 'a list of choices'}, which Chatlayer cannot express: it is exported as "any" and the rule is kept only for Botloom.`,
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
    ...(d.maxAttempts !== undefined ? { maxAttempts: d.maxAttempts } : {}),
    ...importJump('onFail', d.onFailDialogstateId, ctx, [...at, 'onFailDialogstateId']),
    ...(d.botloom?.askAlways !== undefined ? { askAlways: d.botloom.askAlways } : {}),
    ...(d.disableNlp !== undefined ? { disableNlp: d.disableNlp } : {}),
    ...importJump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
  }),
} satisfies DialogstateKind<'input', typeof InputValidationDialogstate>;
