// Walks the graph from a block (docs/file-format.md#turn-order): enters blocks one after another until one waits or the
// conversation ends, with event blocks' detours when a watched variable changes; the loop guard stops a turn after LOOP_LIMIT entries, names the cycle and goes to the
// Error occurred block when the project has one (once per turn), else ends the conversation.
import { runBlock } from './blocks';
import { setOutputContexts } from './contexts';
import { enterDialogstate } from './internal-namespace';
import { LOOP_LIMIT } from './options';
import type { Outcome, RuntimeContext } from './runtime-context';
import type { EventTrigger } from './variable-watch';

/** The repeating part of the entries: from the previous entry of the last block to the end. */
export function findCycle(entered: readonly string[]): string[] | undefined {
  const last = entered[entered.length - 1];
  if (last === undefined) return undefined;
  const previous = entered.lastIndexOf(last, entered.length - 2);
  return previous < 0 ? undefined : entered.slice(previous, entered.length - 1);
}

function end(ctx: RuntimeContext, blockId: string | null, reason: 'done' | 'error' | 'loop'): void {
  ctx.waitingAt = null;
  ctx.ended = true;
  ctx.tracer.emit({ type: 'end', blockId, reason });
}

/** A route an event's detour interrupted: how block `from` left it, taken up when the detour ends. */
interface Paused {
  outcome: Outcome;
  from: string | null;
  /** Set for an event waiting its turn (several fired at once): it is entered with this trigger. */
  trigger?: EventTrigger;
}

/**
 * Runs from `from` (reached from `via`, for error messages) until the bot waits or the conversation ends.
 * After every block (its exit's sets applied) the watched variables are compared: each event block whose
 * variable changed runs as a detour (its chain until it ends, a message block without `next` included),
 * then the interrupted route goes on; an input block in a detour makes the bot wait there instead. While
 * a detour runs, changes fire nothing; its entries count towards the loop guard.
 */
export async function walk(ctx: RuntimeContext, from: string, via: string | null): Promise<void> {
  ctx.waitingAt = null;
  ctx.ended = false;
  const entered: string[] = [];
  const paused: Paused[] = [];
  let outcome: Outcome = { kind: 'next', blockId: from };
  let previous = via;
  let trigger: EventTrigger | undefined;
  let loopedToError = false;
  for (;;) {
    // Changes made by the last block (or before the turn, e.g. an answer) start detours, in project order.
    const fired = ctx.watch.changed(previous);
    if (fired.length && !paused.length) {
      paused.push({ outcome, from: previous });
      for (const t of fired.slice(1).reverse())
        paused.push({ outcome: { kind: 'next', blockId: t.eventBlock }, from: previous, trigger: t });
      outcome = { kind: 'next', blockId: fired[0]!.eventBlock };
      trigger = fired[0];
    }
    // In a detour, a message block without `next` is the end of the chain, not a question: the detour ends.
    if (outcome.kind === 'wait' && paused.length && ctx.blocks.get(previous!)?.block.type === 'message')
      outcome = { kind: 'end', reason: 'done' };
    if (outcome.kind === 'wait') {
      ctx.waitingAt = previous;
      ctx.tracer.emit({ type: 'wait', blockId: previous! });
      return;
    }
    if (outcome.kind === 'end') {
      // A detour's chain ending goes back to the route it interrupted; an error ends the conversation.
      const resume: Paused | undefined = outcome.reason === 'done' ? paused.pop() : undefined;
      if (!resume) return end(ctx, previous, outcome.reason);
      ({ outcome, from: previous, trigger } = resume);
      continue;
    }
    const id = outcome.blockId;
    if (ctx.options.signal?.aborted) {
      ctx.error(previous, 'aborted', 'the conversation was stopped');
      return end(ctx, previous, 'error');
    }
    const location = ctx.blocks.get(id);
    if (!location) {
      ctx.error(
        previous,
        'unknown-block',
        `${previous ?? 'the conversation'} goes to "${id}", which is not a block of this project`,
      );
      return end(ctx, previous, 'error');
    }
    if (entered.length >= LOOP_LIMIT) {
      const cycle = findCycle([...entered, id]);
      const named = cycle ? `the blocks ${cycle.join(' → ')} repeat` : `the last block was ${previous}`;
      ctx.error(
        id,
        'loop-detected',
        `${LOOP_LIMIT} blocks were entered in one turn without waiting for the user: ${named}`,
        cycle ? { cycle } : {},
      );
      // A loop goes to the Error occurred block once per turn, as Chatlayer does; a loop from there ends.
      // Interrupted routes are dropped: the Error occurred block's route is the turn's route now.
      const errorBlock = ctx.project.errorBlock;
      if (!errorBlock || loopedToError || !ctx.blocks.has(errorBlock)) return end(ctx, id, 'loop');
      loopedToError = true;
      entered.length = 0;
      paused.length = 0;
      trigger = undefined;
      previous = id;
      outcome = { kind: 'next', blockId: errorBlock };
      continue;
    }
    if (ctx.options.beforeEnter) await ctx.options.beforeEnter(id, structuredClone(ctx.session));
    entered.push(id);
    const { block, flow } = location;
    enterDialogstate(ctx.internal, block);
    setOutputContexts(ctx.internal, block);
    ctx.tracer.emit({
      type: 'enter',
      blockId: id,
      blockType: block.type,
      flowId: flow.id,
      ...(trigger ? { trigger: { variable: trigger.variable, by: trigger.by } } : {}),
    });
    trigger = undefined;
    try {
      outcome = await runBlock(block, ctx);
    } catch (e) {
      // Ports should return errors as values; anything thrown is reported, never swallowed.
      outcome = ctx.fail(
        id,
        undefined,
        'runtime-failed',
        `${id} failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    // The exit is taken: its variables are set now, before any event fires and the next block is entered.
    if (outcome.kind === 'next' && outcome.set?.length) {
      ctx.applySets(outcome.set, id);
      outcome = { kind: 'next', blockId: outcome.blockId };
    }
    previous = id;
  }
}

/** Re-emits `wait` for the block the bot still waits at (after a re-ask or a not-understood reply). */
export function waitAgain(ctx: RuntimeContext, blockId: string): void {
  ctx.waitingAt = blockId;
  ctx.ended = false;
  ctx.tracer.emit({ type: 'wait', blockId });
}
