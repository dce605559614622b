// JSON builder block (docs/file-format.md#json-builder-block): renders its object (a lone `{path}` keeps its
// JSON type) and sends it as a data-only `event`, which the chat shows as an event row, not a bubble.
import type { Json, JsonBuilderBlock } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';
import { safeJson } from '../session-store';

export function runJsonBuilderBlock(block: JsonBuilderBlock, ctx: RuntimeContext): Outcome {
  const data = safeJson(ctx.json(block.data, block.id)) as Record<string, Json>;
  ctx.tracer.emit({
    type: 'event',
    blockId: block.id,
    data,
    ...(block.toParentWindow ? { toParentWindow: true } : {}),
  });
  return ctx.follow(block.next);
}
