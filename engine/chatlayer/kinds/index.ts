// Every block kind's Chatlayer mapping in one table (docs/chatlayer-export.md). The bot file's
// dialog-state union, the action union, the exporter and the importer all derive from it, so a new
// kind's mapping is its module in this folder plus one entry here; the type checker reports a kind
// that has none.
import { z } from 'zod';
import type { JsonPathSegment } from '../../format';
import type { Block, BlockOf, BlockType } from '../../model';
import type { BlockExportContext } from '../export/export-messages';
import type { ImportContext } from '../import/import-context';
import { actionDialogstateSchema, exportActionBlock } from './action';
import { apiChatlayer } from './api';
import { codeChatlayer } from './code';
import { gotoChatlayer } from './goto';
import { inputChatlayer } from './input';
import type { ActionDialogstateOf, ChatlayerKind, ChatlayerKinds } from './kind';
import { messageChatlayer } from './message';
import { clearSessionChatlayer } from './clear-session';
import { getTimeChatlayer } from './get-time';
import { jsonBuilderChatlayer } from './json-builder';
import { emailChatlayer } from './email';
import { onVariableChangeChatlayer } from './on-variable-change';
import { knowledgeChatlayer } from './knowledge';
import { tableChatlayer } from './table';
import { handoverChatlayer } from './handover';

export const CHATLAYER_KINDS = {
  message: messageChatlayer,
  input: inputChatlayer,
  goto: gotoChatlayer,
  api: apiChatlayer,
  code: codeChatlayer,
  clearSession: clearSessionChatlayer,
  getTime: getTimeChatlayer,
  jsonBuilder: jsonBuilderChatlayer,
  email: emailChatlayer,
  onVariableChange: onVariableChangeChatlayer,
  knowledge: knowledgeChatlayer,
  table: tableChatlayer,
  handover: handoverChatlayer,
} satisfies ChatlayerKinds;

type Kinds = typeof CHATLAYER_KINDS;
type DialogstateOfKind<E> = E extends { shape: 'dialogstate'; schema: infer S extends z.ZodType }
  ? z.output<S>
  : E extends { shape: 'action'; schema: infer S extends z.ZodType }
    ? ActionDialogstateOf<z.output<S>>
    : never;
type ActionOfKind<E> = E extends { shape: 'action'; schema: infer S extends z.ZodType } ? z.output<S> : never;

/** One dialog state of the bot file, of any kind. */
export type Dialogstate = { [K in BlockType]: DialogstateOfKind<Kinds[K]> }[BlockType];
/** The `action` object of any action kind. */
export type ChatlayerAction = { [K in BlockType]: ActionOfKind<Kinds[K]> }[BlockType];
export type ActionDialogstate = ActionDialogstateOf<ChatlayerAction>;

/** A table entry seen without its kind (each entry takes only its own kind's blocks). */
const entryOf = (type: BlockType) => CHATLAYER_KINDS[type] as unknown as ChatlayerKind<BlockType>;
const entries = (Object.keys(CHATLAYER_KINDS) as BlockType[]).map(entryOf);
const isAction = (e: ChatlayerKind<BlockType>) => e.shape === 'action';
type Options = readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]];

/** The `action` dialog state, holding any kind's action. */
export const ActionDialogstate = actionDialogstateSchema(
  z.discriminatedUnion('type', entries.filter(isAction).map((e) => e.schema) as unknown as Options),
) as unknown as z.ZodType<ActionDialogstate>;

/** Any dialog state of the bot file. */
export const Dialogstate = z.discriminatedUnion('type', [
  ...entries.filter((e) => !isAction(e)).map((e) => e.schema),
  ActionDialogstate,
] as unknown as Options) as unknown as z.ZodType<Dialogstate>;

/** The kind that imports a dialog state: by its type, or by its action's type. */
const IMPORTERS = new Map<string, [BlockType, ChatlayerKind<BlockType>]>(
  (Object.keys(CHATLAYER_KINDS) as BlockType[]).map((type) => {
    const e = entryOf(type);
    return [e.shape === 'action' ? `action:${e.type}` : e.type, [type, e]];
  }),
);

/** Exports one block as its Chatlayer dialog state. */
export function exportBlock(block: Block, id: string, ctx: BlockExportContext): Dialogstate {
  const kind = entryOf(block.type);
  return (
    kind.shape === 'action'
      ? exportActionBlock(kind, block as BlockOf<BlockType>, id, ctx)
      : kind.export(block as BlockOf<BlockType>, id, ctx)
  ) as Dialogstate;
}

/** Imports one dialog state (already checked against `Dialogstate`) as a block. */
export function importDialogstate(d: Dialogstate, ctx: ImportContext, at: JsonPathSegment[]): Block {
  const key = d.type === 'action' ? `action:${(d as ActionDialogstate).action.type}` : d.type;
  const found = IMPORTERS.get(key);
  // The bot schema admits only dialog states some kind imports, so this is a bug, not bad input.
  if (!found) throw new Error(`no block kind imports a "${key}" dialog state`);
  return found[1].import(d as never, ctx, at);
}

export { BotMessageDialogstate } from './message';
export { InputValidationDialogstate, ValidationType } from './input';
export { GoToDialogstate } from './goto';
export { ApiAction } from './api';
export { CodeAction } from './code';
export { ClearSessionAction } from './clear-session';
export { GetTimeAction } from './get-time';
export { JsonBuilderAction } from './json-builder';
export { SendEmailAction } from './email';
export { KnowledgeBaseAction } from './knowledge';
export { TableAction } from './table';
export { SendToOffloadProviderAction } from './handover';
export type { ChatlayerKind, ChatlayerKinds } from './kind';
