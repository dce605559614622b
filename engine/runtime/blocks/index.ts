// One handler per block type: entering a block runs it and says where the conversation goes next.
import type { Block } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';
import { runApiBlock } from './api-block';
import { runCodeBlock } from './code-block';
import { runGotoBlock } from './goto-block';
import { runInputBlock } from './input-block';
import { runMessageBlock } from './message-block';

export { answerInputBlock } from './input-block';

export function runBlock(block: Block, ctx: RuntimeContext): Outcome | Promise<Outcome> {
  switch (block.type) {
    case 'message':
      return runMessageBlock(block, ctx);
    case 'input':
      return runInputBlock(block, ctx);
    case 'goto':
      return runGotoBlock(block, ctx);
    case 'api':
      return runApiBlock(block, ctx);
    case 'code':
      return runCodeBlock(block, ctx);
  }
}
