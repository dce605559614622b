// A user message, handled in the order of docs/file-format.md#turn-order: during a hand-over it goes to the agent;
// a click follows its button; typed text that is too long is not understood; otherwise entities are recognised
// and stored, then intents (unless the waiting input block disables NLP), then the waiting input
// block, then the fallback block or a built-in "not understood" reply that stays put. As in Chatlayer, typed text
// that equals a button's title is a message like any other, not a click.
import { DEFAULT_MAX_MESSAGE_LENGTH, SENSITIVE_PLACEHOLDER } from '../model';
import { answerInputBlock } from './blocks';
import { activeContexts, ageContexts, pickIntentBlock } from './contexts';
import type { IntentScore } from './intent-port';
import { recognisedEntitiesForNlp } from '../entities';
import { recogniseEntities } from './entity-turn';
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
  ctx.recognised = [];
  ctx.recognisedAt = undefined;
  receiveUserMessage(ctx.internal, text, via === 'click' ? 'postback' : 'text');
  // Routing sees the contexts as they were when the message came in; then each loses a turn, before any block of
  // this turn sets its own (docs/file-format.md#contexts).
  const contexts = activeContexts(ctx.internal);
  ageContexts(ctx.internal);
  // `internal.nlp.entities` lists what step 3 recognised in this message (nothing for a click or a message
  // over the length limit, which are not run through extraction).
  const nlp = (ranked: readonly IntentScore[]) =>
    recordNlp(ctx.internal, {
      expression: text,
      ranked,
      threshold: ctx.nlpThreshold,
      recognisedEntities: recognisedEntitiesForNlp(ctx.recognised),
    });

  // 1. A click: the button it names, among every button the bot has sent (older turns included). No NLP runs.
  if (via === 'click') {
    nlp([]);
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
    if ('url' in button) return; // a link opens outside the chat
    if (button.goTo === undefined) {
      ctx.error(
        waiting,
        'button-not-connected',
        `the button "${button.title}" is not connected to a block: the click leads nowhere (connect the button on the canvas)`,
      );
      return;
    }
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
    nlp([]);
    return notUnderstood(ctx, waiting);
  }

  // 3. Entities, stored before routing (not for an answer to a sensitive variable, which stays out of the session's other variables).
  if (!redacted) recogniseEntities(ctx, text, waiting);

  // 4. Intents, which pull the user out of a waiting input block unless it disables NLP.
  const nlpAllowed = !(waitingBlock?.type === 'input' && waitingBlock.disableNlp);
  const ranked = nlpAllowed && ctx.options.intents ? ctx.options.intents.classify(text, ctx.language) : [];
  nlp(ranked);
  const best = ranked[0];
  // At or below the threshold is not understood, as in Chatlayer: only a score above it matches.
  if (best && best.score > ctx.nlpThreshold) {
    const target = pickIntentBlock(ctx.intentBlocks(best.intent), contexts);
    if (target) return walk(ctx, target.id, waiting);
    if (ctx.intentBlocks(best.intent).length > 0)
      ctx.warn(
        waiting,
        'intent-context-inactive',
        `intent "${best.intent}" matched, but none of its blocks has its input contexts active: the message goes on as if no intent matched`,
      );
  }

  // 5. The waiting input block validates and stores, or re-asks.
  if (waitingBlock?.type === 'input') {
    const outcome = answerInputBlock(waitingBlock, ctx, text);
    if (outcome.kind === 'next') return walk(ctx, outcome.blockId, waitingBlock.id);
    if (outcome.kind === 'wait') return waitAgain(ctx, waitingBlock.id);
    ctx.waitingAt = null;
    ctx.ended = true;
    ctx.tracer.emit({ type: 'end', blockId: waitingBlock.id, reason: outcome.reason });
    return;
  }

  // 6. Not understood.
  return notUnderstood(ctx, waiting);
}

/** The fallback block, or a built-in reply that stays where the bot was. */
function notUnderstood(ctx: RuntimeContext, waiting: string | null): Promise<void> | void {
  if (ctx.project.fallbackBlock) return walk(ctx, ctx.project.fallbackBlock, waiting);
  ctx.send({ kind: 'text', text: NOT_UNDERSTOOD_TEXT }, 'runtime', waiting);
  if (waiting) waitAgain(ctx, waiting);
}
