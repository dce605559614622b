// moveBlocksToFlow: moves blocks (in the given order) into a flow, together, at `index` counted among the
// flow's other blocks (default: the end). Ids and references are unchanged: ids are project-wide.
import { z } from 'zod';
import { BlockId, FlowId } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { unknownBlock, unknownFlow, type CommandOutcome } from './outcome';

export const MoveBlocksToFlowCommand = z.strictObject({
  type: z.literal('moveBlocksToFlow'),
  ids: z.array(BlockId).min(1),
  flow: FlowId,
  index: z.number().int().min(0).optional(),
});
export type MoveBlocksToFlowCommand = z.infer<typeof MoveBlocksToFlowCommand>;

export function moveBlocksToFlow(draft: ProjectDraft, command: MoveBlocksToFlowCommand): CommandOutcome {
  if (draft.flowIndex(command.flow) < 0) return unknownFlow(command.flow, ['flow']);
  const places = draft.findBlocks(command.ids);
  for (const [i, id] of command.ids.entries()) if (!places.has(id)) return unknownBlock(id, ['ids', i]);
  const ids = [...new Set(command.ids)];
  const moving = new Set(ids);
  ids.forEach((id, j) => {
    const place = draft.findBlock(id)!;
    const blocks = draft.project.flows[draft.flowIndex(command.flow)]!.blocks.filter((b) => b.id !== id);
    let at: number;
    if (j > 0) at = blocks.findIndex((b) => b.id === ids[j - 1]) + 1;
    else if (command.index === undefined) at = blocks.length;
    else {
      // Just after the index-th block that is not moving.
      let others = 0;
      at = 0;
      while (at < blocks.length && others < command.index) if (!moving.has(blocks[at++]!.id)) others++;
    }
    draft.replaceBlock(id, place.block, { flow: command.flow, index: at }, place);
  });
  return undefined;
}
