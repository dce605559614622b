// Send to agent block (docs/file-format.md#send-to-agent-block): opens a hand-over and pauses the bot, then runs the
// Offloading opened block; when no agent is available (the project's or the conversation's `agentsAvailable`
// is false) it runs the Offloading disabled block instead and the bot goes on. Without the default block the
// bot waits at this block.
import type { HandoverBlock } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';

export function runHandoverBlock(block: HandoverBlock, ctx: RuntimeContext): Outcome {
  if (ctx.offloading.status === 'open') {
    ctx.warn(
      block.id,
      'offloading-already-open',
      `${block.id} hands over again while a hand-over is open: nothing changes`,
    );
    return { kind: 'wait' };
  }
  const note = block.note !== undefined ? ctx.text(block.note, block.id) : undefined;
  const available = ctx.agentsAvailable;
  ctx.offloading = {
    status: available ? 'open' : 'disabled',
    blockId: block.id,
    since: ctx.clock.now(),
    agentMessages: 0,
    ...(note !== undefined ? { note } : {}),
  };
  ctx.tracer.emit({
    type: 'offload',
    blockId: block.id,
    action: available ? 'open' : 'disabled',
    ...(note !== undefined ? { note } : {}),
  });
  const to = available ? ctx.project.offloadingOpenedBlock : ctx.project.offloadingDisabledBlock;
  return to ? { kind: 'next', blockId: to } : { kind: 'wait' };
}
