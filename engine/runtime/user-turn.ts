// A user message, handled in the order of docs/file-format.md#turn-order: buttons of the latest bot messages, then
// intents (unless the waiting input block disables NLP), then the waiting input block, then the
// fallback block or a built-in "not understood" reply that stays put.
import { SENSITIVE_PLACEHOLDER } from '../model';
import { answerInputBlock } from './blocks';
import { findButton } from './find-button';
import { receiveUserMessage, recordNlp } from './internal-namespace';
import { NOT_UNDERSTOOD_TEXT } from './options';
import type { RuntimeContext } from './runtime-context';
import { waitAgain, walk } from './walker';

export async function handleUserMessage(
  ctx: RuntimeContext,
  text: string,
  via: 'text' | 'click',
): Promise<void> {
  const waiting = ctx.waitingAt;
  const waitingBlock = waiting ? ctx.blocks.get(waiting)?.block : undefined;
  // An answer to a sensitive variable stays out of the trace, as the stored value does.
  const redacted = waitingBlock?.type === 'input' && via === 'text' && ctx.isSensitive(waitingBlock.variable);
  ctx.tracer.emit({
    type: 'user',
    blockId: waiting,
    via,
    text: redacted ? SENSITIVE_PLACEHOLDER : text,
    ...(redacted ? { redacted } : {}),
  });
  ctx.lastUserMessage = text;
  receiveUserMessage(ctx.internal, text, via === 'click' ? 'postback' : 'text');
  const offered = ctx.recent;
  ctx.recent = [];

  // 1. A button or quick reply among the messages since the user's previous message.
  const button = findButton(offered, text, { jumpsOnly: via === 'text' });
  if (button) {
    if (!('goTo' in button)) {
      ctx.recent = offered; // a link opens outside the chat; the offer still stands
      return;
    }
    for (const [path, value] of Object.entries(button.set ?? {}))
      ctx.set(path, ctx.json(value, waiting), 'button', waiting);
    return walk(ctx, button.goTo, waiting);
  }
  if (via === 'click') {
    ctx.recent = offered;
    ctx.error(waiting, 'button-not-found', `no button titled "${text}" among the bot's latest messages`);
    return;
  }

  // 2. Intents, which pull the user out of a waiting input block unless it disables NLP.
  const nlpAllowed = !(waitingBlock?.type === 'input' && waitingBlock.disableNlp);
  if (nlpAllowed && ctx.options.intents) {
    const ranked = ctx.options.intents.classify(text);
    recordNlp(ctx.internal, text, ranked);
    const best = ranked[0];
    const intent =
      best && best.score > ctx.nlpThreshold
        ? ctx.project.intents.find((i) => i.id === best.intent)
        : undefined;
    if (intent?.block) return walk(ctx, intent.block, waiting);
  }

  // 3. The waiting input block validates and stores, or re-asks.
  if (waitingBlock?.type === 'input') {
    const outcome = answerInputBlock(waitingBlock, ctx, text);
    if (outcome.kind === 'next') return walk(ctx, outcome.blockId, waitingBlock.id);
    if (outcome.kind === 'wait') return waitAgain(ctx, waitingBlock.id);
    ctx.waitingAt = null;
    ctx.ended = true;
    ctx.tracer.emit({ type: 'end', blockId: waitingBlock.id, reason: outcome.reason });
    return;
  }

  // 4. The fallback block, or a built-in reply that stays where the bot was.
  if (ctx.project.fallbackBlock) return walk(ctx, ctx.project.fallbackBlock, waiting);
  ctx.send({ kind: 'text', text: NOT_UNDERSTOOD_TEXT }, 'runtime', waiting);
  ctx.recent = [...offered, ...ctx.recent];
  if (waiting) waitAgain(ctx, waiting);
}
