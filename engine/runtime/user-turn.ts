// A user message, handled in the order of docs/file-format.md#turn-order: during a hand-over it goes to the agent;
// a click follows its button; typed text that is
// too long is not understood; otherwise intents (unless the waiting input block disables NLP), then the waiting input
// block, then the fallback block or a built-in "not understood" reply that stays put. As in Chatlayer, typed text
// that equals a button's title is a message like any other, not a click.
import { DEFAULT_MAX_MESSAGE_LENGTH, SENSITIVE_PLACEHOLDER } from '../model';
import { answerInputBlock } from './blocks';
import { receiveUserMessage, recordNlp } from './internal-namespace';
import { NOT_UNDERSTOOD_TEXT } from './options';
import type { RuntimeContext } from './runtime-context';
import { waitAgain, walk } from './walker';

/** What the user did: typed `text`, or clicked the button titled `text` (jumping to `target`, when the click says). */
export type UserInput = { via: 'text'; text: string } | { via: 'click'; text: string; target?: string };

export async function handleUserMessage(ctx: RuntimeContext, input: UserInput): Promise<void> {
  const { text, via } = input;
  const target = input.via === 'click' ? input.target : undefined;
  const waiting = ctx.waitingAt;
  const waitingBlock = waiting ? ctx.blocks.get(waiting)?.block : undefined;
  // An answer to a sensitive variable stays out of the trace, as the stored value does.
  const redacted = waitingBlock?.type === 'input' && via === 'text' && ctx.isSensitive(waitingBlock.variable);
  // 0. While a hand-over is open the bot is paused: the message (a click as its title) goes to the agent only.
  if (ctx.offloading.status === 'open') {
    ctx.tracer.emit({ type: 'user', blockId: waiting, via, text, toAgent: true });
    return;
  }
  ctx.tracer.emit({
    type: 'user',
    blockId: waiting,
    via,
    text: redacted ? SENSITIVE_PLACEHOLDER : text,
    ...(target !== undefined ? { target } : {}),
    ...(redacted ? { redacted } : {}),
  });
  ctx.lastUserMessage = text;
  receiveUserMessage(ctx.internal, text, via === 'click' ? 'postback' : 'text');

  // 1. A click: the button it names, among every button the bot has sent (older turns included).
  if (via === 'click') {
    const button = ctx.offered.find(text, target);
    if (!button) {
      const to = target !== undefined ? ` leading to "${target}"` : '';
      ctx.error(
        waiting,
        'button-not-found',
        `the bot sent no button titled "${text}"${to}: the click is ignored`,
      );
      return;
    }
    if (!('goTo' in button)) return; // a link opens outside the chat
    for (const [path, value] of Object.entries(button.set ?? {}))
      ctx.set(path, ctx.json(value, waiting), 'button', waiting);
    return walk(ctx, button.goTo, waiting);
  }

  // 2. A message over the project's length limit is not understood, whatever the bot waits for.
  const limit = ctx.project.nlp?.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH;
  if (text.length > limit) {
    ctx.warn(
      waiting,
      'message-too-long',
      `the message has ${text.length} characters, more than the project's limit of ${limit}: it goes to Not understood`,
    );
    return notUnderstood(ctx, waiting);
  }

  // 3. Intents, which pull the user out of a waiting input block unless it disables NLP.
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

  // 4. The waiting input block validates and stores, or re-asks.
  if (waitingBlock?.type === 'input') {
    const outcome = answerInputBlock(waitingBlock, ctx, text);
    if (outcome.kind === 'next') return walk(ctx, outcome.blockId, waitingBlock.id);
    if (outcome.kind === 'wait') return waitAgain(ctx, waitingBlock.id);
    ctx.waitingAt = null;
    ctx.ended = true;
    ctx.tracer.emit({ type: 'end', blockId: waitingBlock.id, reason: outcome.reason });
    return;
  }

  // 5. Not understood.
  return notUnderstood(ctx, waiting);
}

/** The fallback block, or a built-in reply that stays where the bot was. */
function notUnderstood(ctx: RuntimeContext, waiting: string | null): Promise<void> | void {
  if (ctx.project.fallbackBlock) return walk(ctx, ctx.project.fallbackBlock, waiting);
  ctx.send({ kind: 'text', text: NOT_UNDERSTOOD_TEXT }, 'runtime', waiting);
  if (waiting) waitAgain(ctx, waiting);
}
