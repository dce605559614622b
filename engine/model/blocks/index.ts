// Every block kind, in one table: the `Block` union, BLOCK_TYPES and the per-kind model facts (reference
// slots, references, variables set, defaults) all derive from BLOCK_KINDS. Adding a kind starts here.
import { z } from 'zod';
import { messageKind } from './message-block';
import { inputKind } from './input-block';
import { gotoKind } from './goto-block';
import { apiKind } from './api-block';
import { codeKind } from './code-block';
import { clearSessionKind } from './clear-session-block';
import { getTimeKind } from './get-time-block';
import { jsonBuilderKind } from './json-builder-block';
import { emailKind } from './email-block';
import { onVariableChangeKind } from './on-variable-change-block';
import { knowledgeKind } from './knowledge-block';
import { tableKind } from './table-block';
import { handoverKind } from './handover-block';
import type { BlockKind } from './kind';

export * from './kind';
export * from './message-block';
export * from './input-block';
export * from './goto-block';
export * from './api-block';
export * from './code-block';
export * from './clear-session-block';
export * from './get-time-block';
export * from './json-builder-block';
export * from './email-block';
export * from './on-variable-change-block';
export * from './knowledge-block';
export * from './table-block';
export * from './handover-block';
export * from './transition-set';
export * from './contexts';

/** The kinds, in palette order (also the order of the `Block` union and of BLOCK_TYPES). */
const KINDS = {
  message: messageKind,
  input: inputKind,
  goto: gotoKind,
  api: apiKind,
  code: codeKind,
  clearSession: clearSessionKind,
  getTime: getTimeKind,
  jsonBuilder: jsonBuilderKind,
  email: emailKind,
  onVariableChange: onVariableChangeKind,
  knowledge: knowledgeKind,
  table: tableKind,
  handover: handoverKind,
};

type KindSchema = (typeof KINDS)[keyof typeof KINDS]['schema'];
const schemas = Object.values(KINDS).map((k) => k.schema) as [KindSchema, ...KindSchema[]];

export const Block = z.discriminatedUnion('type', schemas);
export type Block = z.infer<typeof Block>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** Every kind's model facts: a table with one entry per kind. */
export type BlockKindTable = { readonly [K in BlockType]: BlockKind<K, BlockOf<K>> };

/** Every block kind's model facts, by type. */
export const BLOCK_KINDS: BlockKindTable = KINDS;
export const BLOCK_TYPES = Object.keys(BLOCK_KINDS) as readonly BlockType[] as readonly [
  BlockType,
  ...BlockType[],
];

/** The model facts of `block`'s kind, typed for that block. */
export function kindOf<T extends BlockType>(block: BlockOf<T>): BlockKind<T, BlockOf<T>> {
  return BLOCK_KINDS[block.type as T];
}
