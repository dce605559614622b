// Dialog states back to Botloom blocks, one importer per kind in BLOCK_IMPORTERS: the label is the block id, the `botloom` fields give back
// what Chatlayer could not hold (canvas position, notes, validation rules, limits, saveAs).
import type { JsonPathSegment } from '../../format';
import { BLOCK_TYPES } from '../../model';
import type {
  ApiBlock,
  Block,
  BlockOf,
  BlockType,
  CodeBlock,
  InputBlock,
  InputValidation,
} from '../../model';
import type {
  ActionDialogstate,
  ApiAction,
  CodeAction,
  Dialogstate,
  InputValidationDialogstate,
  ValidationType,
} from '../export';
import type { ImportContext } from './import-context';
import { importMessages } from './import-messages';
import { importCondition, importEntries, importHeaders } from './import-values';

function base(d: Dialogstate) {
  const x = d.botloom;
  return {
    id: d.label,
    ...(d.name !== d.label || x?.explicitName ? { name: d.name } : {}),
    ...(x?.position !== undefined ? { position: x.position } : {}),
    ...(x?.notes !== undefined ? { notes: x.notes } : {}),
  };
}

function jump<K extends string>(key: K, id: string | undefined, ctx: ImportContext, at: JsonPathSegment[]) {
  return (id === undefined ? {} : { [key]: ctx.block(id, at) }) as Partial<Record<K, string>>;
}

const VALIDATION_KINDS: Record<ValidationType, InputValidation> = {
  any: { kind: 'any' },
  date: { kind: 'date' },
  'sys.email': { kind: 'email' },
  'sys.phone_number': { kind: 'phone' },
  'sys.number': { kind: 'number' },
};
const TYPE_OF_KIND: Record<InputValidation['kind'], ValidationType> = {
  any: 'any',
  date: 'date',
  email: 'sys.email',
  phone: 'sys.phone_number',
  number: 'sys.number',
  regex: 'any',
  choice: 'any',
};

function validation(
  d: InputValidationDialogstate,
  ctx: ImportContext,
  at: JsonPathSegment[],
): InputValidation {
  const { type, botloom } = d.validation;
  if (!botloom) return VALIDATION_KINDS[type];
  if (TYPE_OF_KIND[botloom.kind] !== type)
    ctx.fail(
      'invalid-value',
      [...at, 'validation', 'type'],
      `a "${botloom.kind}" validation is exported as "${TYPE_OF_KIND[botloom.kind]}", not "${type}": make them agree.`,
    );
  return botloom;
}

function inputBlock(d: InputValidationDialogstate, ctx: ImportContext, at: JsonPathSegment[]): InputBlock {
  return {
    ...base(d),
    type: 'input',
    prompt: importMessages(d.messages, ctx, [...at, 'messages']),
    variable: d.variable,
    validate: validation(d, ctx, at),
    ...(d.invalidMessage ? { invalidMessage: d.invalidMessage.config.textMessages[0].text } : {}),
    ...(d.maxAttempts !== undefined ? { maxAttempts: d.maxAttempts } : {}),
    ...jump('onFail', d.onFailDialogstateId, ctx, [...at, 'onFailDialogstateId']),
    ...(d.botloom?.askAlways !== undefined ? { askAlways: d.botloom.askAlways } : {}),
    ...(d.disableNlp !== undefined ? { disableNlp: d.disableNlp } : {}),
    ...jump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
  };
}

function apiBlock(d: ActionDialogstate, a: ApiAction, ctx: ImportContext, at: JsonPathSegment[]): ApiBlock {
  const here = [...at, 'action'];
  const x = a.botloom;
  if (a.body && x?.body !== undefined)
    ctx.fail(
      'invalid-value',
      [...here, 'botloom', 'body'],
      'a body is either entries or "botloom.body", not both: keep one.',
    );
  return {
    ...base(d),
    type: 'api',
    method: a.method,
    url: a.url,
    ...(a.headers ? { headers: importHeaders(a.headers, ctx, [...here, 'headers']) } : {}),
    ...(a.query ? { query: importEntries(a.query, 'blocks', ctx, [...here, 'query']) } : {}),
    ...(a.body ? { body: importEntries(a.body, 'blocks', ctx, [...here, 'body']) } : {}),
    ...(x?.body !== undefined ? { body: x.body } : {}),
    ...(a.auth ? { auth: a.auth } : {}),
    ...(x?.timeoutMs !== undefined ? { timeoutMs: x.timeoutMs } : {}),
    ...(x?.maxResponseBytes !== undefined ? { maxResponseBytes: x.maxResponseBytes } : {}),
    ...(x?.saveAs !== undefined ? { saveAs: x.saveAs } : {}),
    ...jump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
    ...jump('onError', d.onErrorDialogstateId, ctx, [...at, 'onErrorDialogstateId']),
  };
}

function codeBlock(
  d: ActionDialogstate,
  a: CodeAction,
  ctx: ImportContext,
  at: JsonPathSegment[],
): CodeBlock {
  return {
    ...base(d),
    type: 'code',
    code: a.code,
    ...(a.args ? { args: importEntries(a.args, 'json', ctx, [...at, 'action', 'args']) } : {}),
    ...(a.botloom?.timeoutMs !== undefined ? { timeoutMs: a.botloom.timeoutMs } : {}),
    ...(a.botloom?.memoryLimitMb !== undefined ? { memoryLimitMb: a.botloom.memoryLimitMb } : {}),
    ...jump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
    ...jump('onError', d.onErrorDialogstateId, ctx, [...at, 'onErrorDialogstateId']),
  };
}

/** Imports a dialog state as a block of kind K, or returns undefined when it is not that kind's. */
export type BlockImporter<K extends BlockType> = (
  d: Dialogstate,
  ctx: ImportContext,
  at: JsonPathSegment[],
) => BlockOf<K> | undefined;

/** Every kind's importer: the type checker reports a kind that has none. */
export type BlockImporters = { readonly [K in BlockType]: BlockImporter<K> };

export const BLOCK_IMPORTERS: BlockImporters = {
  message: (d, ctx, at) =>
    d.type !== 'botMessage'
      ? undefined
      : {
          ...base(d),
          type: 'message',
          messages: importMessages(d.messages, ctx, [...at, 'messages']),
          ...jump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
        },
  input: (d, ctx, at) => (d.type === 'inputValidation' ? inputBlock(d, ctx, at) : undefined),
  goto: (d, ctx, at) =>
    d.type !== 'goTo'
      ? undefined
      : {
          ...base(d),
          type: 'goto',
          rules: d.rules.map((r, i) => ({
            when: importCondition(r.condition, [...at, 'rules', i, 'condition']),
            goTo: ctx.block(r.nextDialogstateId, [...at, 'rules', i, 'nextDialogstateId']),
          })),
          ...jump('else', d.elseDialogstateId, ctx, [...at, 'elseDialogstateId']),
        },
  api: (d, ctx, at) =>
    d.type === 'action' && d.action.type === 'api' ? apiBlock(d, d.action, ctx, at) : undefined,
  code: (d, ctx, at) =>
    d.type === 'action' && d.action.type === 'code' ? codeBlock(d, d.action, ctx, at) : undefined,
};

export function importDialogstate(d: Dialogstate, ctx: ImportContext, at: JsonPathSegment[]): Block {
  for (const type of BLOCK_TYPES) {
    const block = BLOCK_IMPORTERS[type](d, ctx, at);
    if (block) return block;
  }
  // The bot schema admits only dialog states some kind imports, so this is a bug, not bad input.
  throw new Error(`no block kind imports a "${d.type}" dialog state`);
}
