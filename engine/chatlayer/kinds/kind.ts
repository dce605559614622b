// What one block kind brings to the Chatlayer bot file: the zod shape of its dialog state (or, for
// an action, of its `action` object), the exporter from a block, and the importer back. Each kind
// lives in one module of this folder and has one entry in CHATLAYER_KINDS (./index.ts), so a new
// kind's Chatlayer mapping (schema, export and import) is one file plus one table entry.
import { z } from 'zod';
import type { JsonPathSegment } from '../../format';
import {
  BlockId,
  ContextName,
  IntentId,
  Position,
  type Block,
  type BlockOf,
  type BlockType,
  type Json,
  type TransitionSet,
} from '../../model';
import { fromTextValue, toTextValue } from '../export/entry-values';
import type { BlockExportContext } from '../export/export-messages';
import { ChatlayerId, ChatlayerParam } from '../export/message-schema';
import type { ImportContext } from '../import/import-context';

/**
 * Block fields Chatlayer has no place for. A block without a name is written with its id as its name;
 * `explicitName` marks the rare block whose name was set to its own id.
 */
export const blockExtension = {
  explicitName: z.literal(true).optional(),
  position: Position.optional(),
  notes: z.string().optional(),
};
export const BlockExtension = z.strictObject(blockExtension);

/**
 * A block's NLP tab: the intent linked to it and its contexts (docs/chatlayer-export.md#contexts). Chatlayer
 * documents these settings, not how its own export writes them: the field names are Botloom's.
 */
export const dialogstateNlp = {
  intent: IntentId.optional(),
  inputContexts: z.array(ContextName).optional(),
  outputContexts: z.array(z.strictObject({ name: ContextName, lifespan: z.number().int() })).optional(),
};

/** The fields every dialog state has. */
export const dialogstateBase = {
  id: ChatlayerId,
  /** The Botloom block id, as Chatlayer's stable label. */
  label: BlockId,
  name: z.string(),
  ...dialogstateNlp,
};

/** A dialog state as every kind's importer sees it: the common head and the extension. */
export interface DialogstateHead {
  id: string;
  label: string;
  name: string;
  intent?: string | undefined;
  inputContexts?: string[] | undefined;
  outputContexts?: { name: string; lifespan: number }[] | undefined;
  botloom?: { explicitName?: true; position?: Block['position']; notes?: string };
}

/** A kind whose blocks are a dialog state of their own type (`botMessage`, `goTo`, …). */
export interface DialogstateKind<
  K extends BlockType,
  S extends z.ZodType<DialogstateHead & { type: string }>,
> {
  readonly shape: 'dialogstate';
  /** The dialog state's `type`, which must be the literal in `schema`. */
  readonly type: z.output<S>['type'];
  readonly schema: S;
  readonly export: (block: BlockOf<K>, id: string, ctx: BlockExportContext) => z.output<S>;
  readonly import: (d: z.output<S>, ctx: ImportContext, at: JsonPathSegment[]) => BlockOf<K>;
}

/** The fields of an `action` dialog state around its `action` object (./action.ts). */
export interface ActionDialogstateOf<A> extends DialogstateHead {
  type: 'action';
  action: A;
  nextDialogstateId?: string;
  nextDialogstateParams?: { key: string; value: string; botloom?: { value: Json } }[] | undefined;
  onErrorDialogstateId?: string;
  botloom?: DialogstateHead['botloom'] & { onErrorDialogstateId?: string };
}

/** A kind whose blocks are an `action` dialog state; it describes the `action` object only. */
export interface ActionKind<K extends BlockType, S extends z.ZodType<{ type: string }>> {
  readonly shape: 'action';
  /** The action's `type`, which must be the literal in `schema`. */
  readonly type: z.output<S>['type'];
  readonly schema: S;
  /** Builds the action; next, onError and the block's head are written around it by ./action.ts. */
  readonly export: (block: BlockOf<K>, ctx: BlockExportContext) => z.output<S>;
  readonly import: (
    d: ActionDialogstateOf<z.output<S>>,
    ctx: ImportContext,
    at: JsonPathSegment[],
  ) => BlockOf<K>;
}

// `any` keeps each entry's own schema type; `satisfies ChatlayerKinds` still checks the shapes.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type ChatlayerKind<K extends BlockType> = DialogstateKind<K, any> | ActionKind<K, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Every kind's Chatlayer mapping: the type checker reports a kind that has none. */
export type ChatlayerKinds = { readonly [K in BlockType]: ChatlayerKind<K> };

/** The layout of contexts in Chatlayer's own files is not documented: said once per block that has some. */
export const CONTEXTS_LAYOUT_WARNING =
  "has contexts: Chatlayer documents input and output contexts (with a lifespan) on a block's NLP tab but not how its bot files write them, so `inputContexts` and `outputContexts` are Botloom's layout. Check the block's NLP tab after the import.";

/** The block's NLP tab (its linked intent and its contexts), written only when set. */
function exportNlp(block: Block, ctx: BlockExportContext) {
  const input = block.contexts?.input;
  const output = block.contexts?.output;
  if (input?.length || output?.length) ctx.warn(CONTEXTS_LAYOUT_WARNING);
  return {
    ...(block.intent !== undefined ? { intent: block.intent } : {}),
    ...(input?.length ? { inputContexts: [...input] } : {}),
    ...(output?.length
      ? { outputContexts: output.map((o) => ({ name: o.name, lifespan: o.lifespan })) }
      : {}),
  };
}

/** The dialog-state head (with the block's NLP tab) and the `botloom` extension fields every block has. */
export function exportHead(block: Block, id: string, ctx: BlockExportContext) {
  const extension = {
    ...(block.name === block.id ? { explicitName: true as const } : {}),
    ...(block.position !== undefined ? { position: block.position } : {}),
    ...(block.notes !== undefined ? { notes: block.notes } : {}),
  };
  return {
    head: { id, label: block.id, name: block.name ?? block.id, ...exportNlp(block, ctx) },
    extension,
  };
}

/** `{ botloom: extension }` when the extension holds anything. */
export const withExtension = <T extends object>(extension: T) =>
  Object.keys(extension).length ? { botloom: extension } : {};

/** `{ [key]: chatlayerIdOf(target) }`, or nothing for a missing target. */
export const exportJump = (key: string, target: string | undefined, ctx: BlockExportContext) =>
  target === undefined ? {} : { [key]: ctx.ref(target) };

/** The block fields every importer gives back from the head and the extension. */
export function importHead(d: DialogstateHead) {
  const x = d.botloom;
  const input = d.inputContexts?.length ? { input: d.inputContexts } : {};
  const output = d.outputContexts?.length ? { output: d.outputContexts } : {};
  return {
    id: d.label,
    ...(d.name !== d.label || x?.explicitName ? { name: d.name } : {}),
    ...(x?.position !== undefined ? { position: x.position } : {}),
    ...(x?.notes !== undefined ? { notes: x.notes } : {}),
    ...(d.intent !== undefined ? { intent: d.intent } : {}),
    ...(d.inputContexts?.length || d.outputContexts?.length ? { contexts: { ...input, ...output } } : {}),
  };
}

/** `{ [key]: blockIdOf(chatlayerId) }`, or nothing for a missing id. */
export function importJump<K extends string>(
  key: K,
  id: string | undefined,
  ctx: ImportContext,
  at: JsonPathSegment[],
) {
  return (id === undefined ? {} : { [key]: ctx.block(id, at) }) as Partial<Record<K, string>>;
}

/**
 * Variables set on a transition ("+ Add variable" on a Go-to, docs/chatlayer-export.md#mapping), as
 * the params a postback button carries: in order, text values, other JSON types kept in `botloom`.
 */
export const TransitionParams = z.array(ChatlayerParam).optional();

/** `{ [key]: params }` for a non-empty list of sets, or nothing. */
export const exportSets = (key: string, sets: readonly TransitionSet[] | undefined) =>
  sets?.length ? { [key]: sets.map((s) => ({ key: s.variable, ...toTextValue(s.value) })) } : {};

/** `{ [key]: sets }` back from params, or nothing. */
export function importSets<K extends string>(key: K, params: z.output<typeof TransitionParams>) {
  return (
    params?.length ? { [key]: params.map((p) => ({ variable: p.key, value: fromTextValue(p) })) } : {}
  ) as Partial<Record<K, TransitionSet[]>>;
}
