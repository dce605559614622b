// One runner per block kind, in one table: entering a block runs it and says where the conversation goes next.
import type { BlockOf, BlockType, Block } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';
import { runApiBlock } from './api-block';
import { runCodeBlock } from './code-block';
import { runGotoBlock } from './goto-block';
import { runInputBlock } from './input-block';
import { runMessageBlock } from './message-block';
import { runClearSessionBlock } from './clear-session-block';
import { runGetTimeBlock } from './get-time-block';
import { runJsonBuilderBlock } from './json-builder-block';
import { runEmailBlock } from './email-block';
import { runOnVariableChangeBlock } from './on-variable-change-block';
import { runKnowledgeBlock } from './knowledge-block';
import { runTableBlock } from './table-block';
import { runHandoverBlock } from './handover-block';

export { answerInputBlock } from './input-block';

/** Runs one block of kind K. */
export type BlockRunner<K extends BlockType> = (
  block: BlockOf<K>,
  ctx: RuntimeContext,
) => Outcome | Promise<Outcome>;

/** Every kind's runner: the type checker reports a kind that has none. */
export type BlockRunners = { readonly [K in BlockType]: BlockRunner<K> };

export const BLOCK_RUNNERS: BlockRunners = {
  message: runMessageBlock,
  input: runInputBlock,
  goto: runGotoBlock,
  api: runApiBlock,
  code: runCodeBlock,
  clearSession: runClearSessionBlock,
  getTime: runGetTimeBlock,
  jsonBuilder: runJsonBuilderBlock,
  email: runEmailBlock,
  onVariableChange: runOnVariableChangeBlock,
  knowledge: runKnowledgeBlock,
  table: runTableBlock,
  handover: runHandoverBlock,
};

export function runBlock(block: Block, ctx: RuntimeContext): Outcome | Promise<Outcome> {
  return (BLOCK_RUNNERS[block.type] as BlockRunner<BlockType>)(block, ctx);
}
