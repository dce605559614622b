// User input block (docs/file-format.md#input-block): asks (unless the variable already holds a value), then validates
// each answer: a valid one is stored; an invalid one re-asks, until maxAttempts sends it to onFail (after failMessage).
import { DEFAULT_MAX_ATTEMPTS, type InputBlock } from '../../model';
import { checkAnswer, type AnswerEnv } from '../input-validation';
import { NOT_UNDERSTOOD_TEXT } from '../options';
import { renderOutgoing } from '../render-message';
import { localizeField } from '../language';
import type { Outcome, RuntimeContext } from '../runtime-context';
import { hasValue } from '../session-store';

function ask(block: InputBlock, ctx: RuntimeContext): void {
  block.prompt.forEach((message, i) => {
    const out = renderOutgoing(ctx, message, block.id, `prompt.${i}`);
    ctx.send(out.message, 'block', block.id, out.choice);
  });
}

/** How entity-reading validations read the answer: the project's language, entities and the conversation clock. */
function answerEnv(ctx: RuntimeContext): AnswerEnv {
  return {
    language: ctx.language,
    now: ctx.clock.now(),
    ...(ctx.project.entities ? { entities: ctx.project.entities } : {}),
    ...(ctx.project.nlp?.entityThreshold !== undefined ? { threshold: ctx.project.nlp.entityThreshold } : {}),
  };
}

/** Entering the block: skip when answered already (unless askAlways), else ask and wait. */
export function runInputBlock(block: InputBlock, ctx: RuntimeContext): Outcome {
  if (!block.askAlways && hasValue(ctx.read(block.variable))) return ctx.follow(block.next);
  ctx.attempts = 0;
  ask(block, ctx);
  return { kind: 'wait' };
}

/** A user's answer while the bot waits at this block. */
export function answerInputBlock(block: InputBlock, ctx: RuntimeContext, answer: string): Outcome {
  const check = checkAnswer(block.validate, answer, answerEnv(ctx));
  if (check.ok) {
    ctx.attempts = 0;
    if (block.validate.kind === 'location')
      ctx.warn(
        block.id,
        'location-mocked',
        `${block.id}: the place was geocoded by Botloom's built-in mock; live geocoding needs a maps API key, which Botloom does not hold`,
      );
    ctx.set(block.variable, check.value, 'input', block.id);
    return ctx.follow(block.next);
  }
  if (check.code) ctx.error(block.id, check.code, `${block.id}: ${check.reason}`);
  ctx.attempts++;
  if (ctx.attempts >= (block.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
    ctx.attempts = 0;
    const failMessage = localizeField(ctx, block, 'failMessage', block.id);
    if (failMessage !== undefined)
      ctx.send({ kind: 'text', text: ctx.text(failMessage, block.id) }, 'block', block.id);
    const target = block.onFail ?? ctx.project.fallbackBlock;
    if (target) return { kind: 'next', blockId: target };
    if (block.failMessage !== undefined) return { kind: 'wait' };
    // Nowhere to go: say so and keep asking rather than strand the user.
    ctx.warn(
      block.id,
      'input-no-fail-target',
      `${block.id} used up its attempts and has no onFail or fallback block`,
    );
    ctx.send({ kind: 'text', text: NOT_UNDERSTOOD_TEXT }, 'runtime', block.id);
    return { kind: 'wait' };
  }
  const invalidMessage = localizeField(ctx, block, 'invalidMessage', block.id);
  if (invalidMessage !== undefined)
    ctx.send({ kind: 'text', text: ctx.text(invalidMessage, block.id) }, 'block', block.id);
  else ask(block, ctx);
  return { kind: 'wait' };
}
