// Walks the graph from a block (docs/file-format.md#turn-order): enters blocks one after another until one waits or the
// conversation ends; the loop guard stops a turn after LOOP_LIMIT entries, names the cycle and goes to the
// Error occurred block when the project has one (once per turn), else ends the conversation.
import { runBlock } from './blocks';
import { enterDialogstate } from './internal-namespace';
import { LOOP_LIMIT } from './options';
import type { Outcome, RuntimeContext } from './runtime-context';

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

/** Runs from `from` (reached from `via`, for error messages) until the bot waits or the conversation ends. */
export async function walk(ctx: RuntimeContext, from: string, via: string | null): Promise<void> {
  ctx.waitingAt = null;
  ctx.ended = false;
  const entered: string[] = [];
  let id = from;
  let previous = via;
  let loopedToError = false;
  for (;;) {
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
      const errorBlock = ctx.project.errorBlock;
      if (!errorBlock || loopedToError || !ctx.blocks.has(errorBlock)) return end(ctx, id, 'loop');
      loopedToError = true;
      entered.length = 0;
      previous = id;
      id = errorBlock;
      continue;
    }
    if (ctx.options.beforeEnter) await ctx.options.beforeEnter(id, structuredClone(ctx.session));
    entered.push(id);
    const { block, flow } = location;
    enterDialogstate(ctx.internal, block);
    ctx.tracer.emit({ type: 'enter', blockId: id, blockType: block.type, flowId: flow.id });
    let outcome: Outcome;
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
    if (outcome.kind === 'wait') {
      ctx.waitingAt = id;
      ctx.tracer.emit({ type: 'wait', blockId: id });
      return;
    }
    if (outcome.kind === 'end') return end(ctx, id, outcome.reason);
    // The exit is taken: its variables are set now, before the next block is entered.
    if (outcome.set?.length) ctx.applySets(outcome.set, id);
    previous = id;
    id = outcome.blockId;
  }
}

/** Re-emits `wait` for the block the bot still waits at (after a re-ask or a not-understood reply). */
export function waitAgain(ctx: RuntimeContext, blockId: string): void {
  ctx.waitingAt = blockId;
  ctx.ended = false;
  ctx.tracer.emit({ type: 'wait', blockId });
}
