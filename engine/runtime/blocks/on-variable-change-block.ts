// Event block (docs/file-format.md#event-block): entering it (its variable changed) goes on to its `next`.
// The walker enters it as a detour (./walker.ts); reached through an edge, it simply passes on.
import type { OnVariableChangeBlock } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';

export function runOnVariableChangeBlock(block: OnVariableChangeBlock, ctx: RuntimeContext): Outcome {
  return ctx.follow(block.next);
}
