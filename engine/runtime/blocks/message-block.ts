// Message block (docs/file-format.md#message-block): sends its messages, then follows `next` or waits for the user.
import type { MessageBlock } from '../../model';
import { renderOutgoing } from '../render-message';
import type { Outcome, RuntimeContext } from '../runtime-context';

export function runMessageBlock(block: MessageBlock, ctx: RuntimeContext): Outcome {
  block.messages.forEach((message, i) => {
    const out = renderOutgoing(ctx, message, block.id, `messages.${i}`);
    ctx.send(out.message, 'block', block.id, out.choice);
  });
  return block.next ? { kind: 'next', blockId: block.next, set: block.nextSet } : { kind: 'wait' };
}
