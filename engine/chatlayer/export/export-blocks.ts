// One Botloom block as one Chatlayer dialog state, one exporter per kind in BLOCK_EXPORTERS: message blocks as `botMessage`, input blocks as
// `inputValidation`, Go To blocks as `goTo`, API and code blocks as `action`s. Every reference to a
// block becomes that block's Chatlayer id.
import type {
  ApiBlock,
  Block,
  BlockOf,
  BlockType,
  CodeBlock,
  GotoBlock,
  InputBlock,
  InputValidation,
  MessageBlock,
} from '../../model';
import { DEFAULT_MAX_ATTEMPTS } from '../../model';
import type {
  ActionDialogstate,
  Dialogstate,
  InputValidationDialogstate,
  ValidationType,
} from './bot-schema';
import { canonicalJson } from './canonical-json';
import { isPlainEntryValue, toEntries } from './entry-values';
import { conditionWarnings, emptyConditionReport, exportCondition } from './export-conditions';
import { exportMessages, textMessage, type BlockExportContext } from './export-messages';

function base(block: Block, id: string) {
  const extension = {
    ...(block.name === block.id ? { explicitName: true as const } : {}),
    ...(block.position !== undefined ? { position: block.position } : {}),
    ...(block.notes !== undefined ? { notes: block.notes } : {}),
  };
  return {
    head: { id, label: block.id, name: block.name ?? block.id },
    extension,
  };
}

const withExtension = <T extends object>(extension: T) =>
  Object.keys(extension).length ? { botloom: extension } : {};

const jump = (key: string, target: string | undefined, ctx: BlockExportContext) =>
  target === undefined ? {} : { [key]: ctx.ref(target) };

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

function inputDialogstate(
  block: InputBlock,
  id: string,
  ctx: BlockExportContext,
): InputValidationDialogstate {
  const { head, extension } = base(block, id);
  const { type, exact } = validationType(block.validate);
  if (!exact)
    ctx.warn(
      block.validate.kind === 'number'
        ? 'checks a number range, which Chatlayer’s number validation has no place for; the range is kept only for Botloom.'
        : `validates with ${block.validate.kind === 'regex' ? 'a regular expression' : 'a list of choices'}, which Chatlayer cannot express: it is exported as "any" and the rule is kept only for Botloom.`,
    );
  if (block.askAlways) ctx.warn('asks even when its variable holds a value; Chatlayer always skips it then.');
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
    ...jump('onFailDialogstateId', block.onFail, ctx),
    ...(block.disableNlp !== undefined ? { disableNlp: block.disableNlp } : {}),
    ...jump('nextDialogstateId', block.next, ctx),
    ...withExtension({
      ...extension,
      ...(block.askAlways !== undefined ? { askAlways: block.askAlways } : {}),
    }),
  };
}

function gotoDialogstate(block: GotoBlock, id: string, ctx: BlockExportContext): Dialogstate {
  const { head, extension } = base(block, id);
  const report = emptyConditionReport();
  const rules = block.rules.map((rule) => ({
    condition: exportCondition(rule.when, report),
    nextDialogstateId: ctx.ref(rule.goTo),
  }));
  conditionWarnings(report).forEach((w) => ctx.warn(w));
  return {
    ...head,
    type: 'goTo',
    rules,
    ...jump('elseDialogstateId', block.else, ctx),
    ...withExtension(extension),
  };
}

function apiAction(block: ApiBlock, ctx: BlockExportContext): ActionDialogstate['action'] {
  const body = block.body;
  const objectBody = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
  const typed = [...Object.values(block.query ?? {}), ...Object.values(objectBody ?? {})].filter(
    (v) => !isPlainEntryValue(v, true),
  );
  if (typed.length || (body !== undefined && !objectBody))
    ctx.warn(
      'sends query or body values that are not text; Chatlayer sends every entry as text or a variable.',
    );
  if (block.saveAs !== undefined)
    ctx.warn(
      `stores the response in ${block.saveAs} (saveAs), which Chatlayer does not do: its API actions apply only the API-plugin response format.`,
    );
  const extension = {
    ...(block.timeoutMs !== undefined ? { timeoutMs: block.timeoutMs } : {}),
    ...(block.maxResponseBytes !== undefined ? { maxResponseBytes: block.maxResponseBytes } : {}),
    ...(block.saveAs !== undefined ? { saveAs: block.saveAs } : {}),
    ...(body !== undefined && !objectBody ? { body: canonicalJson(body) } : {}),
  };
  return {
    type: 'api',
    method: block.method,
    url: block.url,
    ...(block.query ? { query: toEntries(block.query, ctx.ref) } : {}),
    ...(block.headers ? { headers: toEntries(block.headers) } : {}),
    ...(objectBody ? { body: toEntries(objectBody, ctx.ref) } : {}),
    ...(block.auth ? { auth: block.auth } : {}),
    ...withExtension(extension),
  };
}

function codeAction(block: CodeBlock, ctx: BlockExportContext): ActionDialogstate['action'] {
  if (Object.values(block.args ?? {}).some((v) => !isPlainEntryValue(v, false)))
    ctx.warn('passes arguments that are not text; Chatlayer passes every argument as text or a variable.');
  const extension = {
    ...(block.timeoutMs !== undefined ? { timeoutMs: block.timeoutMs } : {}),
    ...(block.memoryLimitMb !== undefined ? { memoryLimitMb: block.memoryLimitMb } : {}),
  };
  return {
    type: 'code',
    code: block.code,
    ...(block.args ? { args: toEntries(block.args) } : {}),
    ...withExtension(extension),
  };
}

function messageDialogstate(block: MessageBlock, id: string, ctx: BlockExportContext): Dialogstate {
  const { head, extension } = base(block, id);
  return {
    ...head,
    type: 'botMessage',
    messages: exportMessages(block.messages, ctx),
    ...jump('nextDialogstateId', block.next, ctx),
    ...withExtension(extension),
  };
}

/** An API or code block as an `action` dialog state; `action` is called where its warnings belong. */
function actionDialogstate<B extends ApiBlock | CodeBlock>(
  block: B,
  id: string,
  ctx: BlockExportContext,
  action: (block: B, ctx: BlockExportContext) => ActionDialogstate['action'],
): Dialogstate {
  const { head, extension } = base(block, id);
  return {
    ...head,
    type: 'action',
    action: action(block, ctx),
    ...jump('nextDialogstateId', block.next, ctx),
    ...jump('onErrorDialogstateId', block.onError, ctx),
    ...withExtension(extension),
  };
}

/** Exports one block of kind K as its Chatlayer dialog state. */
export type BlockExporter<K extends BlockType> = (
  block: BlockOf<K>,
  id: string,
  ctx: BlockExportContext,
) => Dialogstate;

/** Every kind's exporter: the type checker reports a kind that has none. */
export type BlockExporters = { readonly [K in BlockType]: BlockExporter<K> };

export const BLOCK_EXPORTERS: BlockExporters = {
  message: messageDialogstate,
  input: inputDialogstate,
  goto: gotoDialogstate,
  api: (block, id, ctx) => actionDialogstate(block, id, ctx, apiAction),
  code: (block, id, ctx) => actionDialogstate(block, id, ctx, codeAction),
};

export function exportBlock(block: Block, id: string, ctx: BlockExportContext): Dialogstate {
  return (BLOCK_EXPORTERS[block.type] as BlockExporter<BlockType>)(block, id, ctx);
}
