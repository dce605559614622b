// addBlock: a new block in a flow (at the end, or at `index`); its id must be free in the whole project.
import { z } from 'zod';
import { Block, FlowId, zodIssueText } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import { unknownFlow, type CommandOutcome } from './outcome';

export const AddBlockCommand = z.strictObject({
  type: z.literal('addBlock'),
  flow: FlowId,
  block: Block,
  index: z.number().int().min(0).optional(),
});
export type AddBlockCommand = z.infer<typeof AddBlockCommand>;

export function addBlock(draft: ProjectDraft, command: AddBlockCommand): CommandOutcome {
  const fi = draft.flowIndex(command.flow);
  if (fi < 0) return unknownFlow(command.flow, ['flow']);
  const parsed = Block.safeParse(command.block);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return editError('invalid-patch', `The block is not valid${zodIssueText(issue)}`, [
      'block',
      ...(issue.path as (string | number)[]),
    ]);
  }
  const block = parsed.data;
  if (draft.hasBlock(block.id))
    return editError('id-taken', `A block "${block.id}" already exists.`, ['block', 'id']);
  const size = draft.project.flows[fi]!.blocks.length;
  draft.insertBlock(command.flow, Math.min(command.index ?? size, size), block);
  return { created: [block.id] };
}
