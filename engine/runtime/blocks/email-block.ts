// Send e-mail block (docs/file-format.md#send-e-mail-block): renders the recipients, subject and body and
// puts the e-mail in the outbox (an `email` event). Botloom has no mail server: nothing is ever sent.
import { EMAIL_ADDRESS, emailAddresses, type EmailBlock } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';

export function runEmailBlock(block: EmailBlock, ctx: RuntimeContext): Outcome {
  const to = emailAddresses(ctx.text(block.to, block.id));
  if (to.length === 0)
    return ctx.fail(block.id, undefined, 'email-no-recipient', `${block.id} has no recipient to send to`);
  const bad = to.find((a) => !EMAIL_ADDRESS.test(a));
  if (bad !== undefined)
    return ctx.fail(
      block.id,
      undefined,
      'email-invalid-address',
      `${block.id} cannot send to "${bad}": it is not an e-mail address`,
    );
  ctx.tracer.emit({
    type: 'email',
    blockId: block.id,
    to,
    subject: ctx.text(block.subject, block.id),
    body: ctx.text(block.body, block.id),
  });
  return ctx.follow(block.next);
}
