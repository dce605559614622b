// Message block (docs/file-format.md#message-block): sends its messages, then follows `next` or waits for the user.
import type { MessageBlock } from '../../model';
import { renderMessage } from '../render-message';
import type { Outcome, RuntimeContext } from '../runtime-context';

export function runMessageBlock(block: MessageBlock, ctx: RuntimeContext): Outcome {
  for (const message of block.messages) ctx.send(renderMessage(ctx, message, block.id), 'block', block.id);
  return block.next ? { kind: 'next', blockId: block.next, set: block.nextSet } : { kind: 'wait' };
}
