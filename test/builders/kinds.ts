// Everything tests and benches know about each block kind, in one table keyed by kind: a builder with
// defaults, a fast-check arbitrary of any schema-valid block, and the shapes of the generated projects
// (the realistic generator; the canvas benchmark's grid is kind-grids.ts). Adding a kind adds kinds/<kind>.ts and one entry here.
import type { BlockType } from '../../engine/model';
import type { BlockBuilders, KindBuilders } from './kind-contract';
import { messageBuilders } from './kinds/message';
import { inputBuilders } from './kinds/input';
import { gotoBuilders } from './kinds/goto';
import { apiBuilders } from './kinds/api';
import { codeBuilders } from './kinds/code';
import { clearSessionBuilders } from './kinds/clear-session';
import { getTimeBuilders } from './kinds/get-time';
import { jsonBuilderBuilders } from './kinds/json-builder';
import { emailBuilders } from './kinds/email';
import { onVariableChangeBuilders } from './kinds/on-variable-change';
import { knowledgeBuilders } from './kinds/knowledge';
import { tableBuilders } from './kinds/table';
import { handoverBuilders } from './kinds/handover';

export type { Overrides, GenerateContext, GridPlace, KindBuilders, BlockBuilders } from './kind-contract';

/** One entry per kind (each in kinds/<kind>.ts); a kind missing here fails the type check. */
export const BLOCK_BUILDERS: BlockBuilders = {
  message: messageBuilders,
  input: inputBuilders,
  goto: gotoBuilders,
  api: apiBuilders,
  code: codeBuilders,
  clearSession: clearSessionBuilders,
  getTime: getTimeBuilders,
  jsonBuilder: jsonBuilderBuilders,
  email: emailBuilders,
  onVariableChange: onVariableChangeBuilders,
  knowledge: knowledgeBuilders,
  table: tableBuilders,
  handover: handoverBuilders,
};

/** The builders of one kind, typed for its blocks. */
export const buildersOf = <K extends BlockType>(type: K): KindBuilders<K> =>
  BLOCK_BUILDERS[type] as KindBuilders<K>;
