// Human hand-over (docs/file-format.md#human-hand-over): the conversation's offloading state, and what the agent
// does while a hand-over is open (write to the user, hand the user back). A Send to agent block opens one
// (engine/runtime/blocks/handover-block.ts); while it is open the bot is paused: user messages go to the agent.
import type { RuntimeContext } from './runtime-context';
import { walk } from './walker';

export { initialOffloading, type OffloadingState, type OffloadingStatus } from './offloading-state';

/** Refuses an agent action outside a hand-over: an error event, and false. */
function requireOpen(ctx: RuntimeContext, action: string): boolean {
  if (ctx.offloading.status === 'open') return true;
  ctx.error(
    ctx.waitingAt,
    'offloading-not-open',
    `the agent cannot ${action}: no hand-over is open (offloading is ${ctx.offloading.status}); a Send to agent block opens one`,
  );
  return false;
}

/** The agent writes to the user: an `agent` event, never a bot message. */
export function agentMessage(ctx: RuntimeContext, text: string): void {
  if (!requireOpen(ctx, 'write to the user')) return;
  ctx.offloading.agentMessages += 1;
  ctx.tracer.emit({ type: 'agent', blockId: ctx.offloading.blockId, text });
}

/**
 * The agent hands the user back: the bot resumes with the Offloading closed block, or, without one, waits
 * where it was paused (the next user message is handled as usual).
 */
export async function closeHandover(ctx: RuntimeContext): Promise<void> {
  if (!requireOpen(ctx, 'hand the user back')) return;
  const pausedAt = ctx.waitingAt;
  ctx.offloading = { ...ctx.offloading, status: 'closed', since: ctx.clock.now() };
  ctx.tracer.emit({ type: 'offload', blockId: pausedAt, action: 'close' });
  const closed = ctx.project.offloadingClosedBlock;
  if (closed) await walk(ctx, closed, pausedAt);
}
