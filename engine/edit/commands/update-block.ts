// updateBlock: a partial patch of one block's fields (`null` removes an optional field), validated
// against the block schema after patching. Ids change only through renameBlock.
import { z } from 'zod';
import { Block, BlockId, Json, zodIssueText } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import { unknownBlock, type CommandOutcome } from './outcome';

export const UpdateBlockCommand = z.strictObject({
  type: z.literal('updateBlock'),
  id: BlockId,
  /** Fields to set; a `null` value removes the field. */
  patch: z.record(z.string(), Json),
});
export type UpdateBlockCommand = z.infer<typeof UpdateBlockCommand>;

export function updateBlock(draft: ProjectDraft, command: UpdateBlockCommand): CommandOutcome {
  const place = draft.findBlock(command.id);
  if (!place) return unknownBlock(command.id, ['id']);
  if ('id' in command.patch && command.patch.id !== command.id)
    return editError('invalid-patch', 'A patch cannot change the id; use renameBlock.', ['patch', 'id']);
  const patched: Record<string, unknown> = { ...place.block };
  for (const [key, value] of Object.entries(command.patch)) {
    if (value === null) delete patched[key];
    else patched[key] = value;
  }
  const parsed = Block.safeParse(patched);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return editError('invalid-patch', `The patched block is not valid${zodIssueText(issue)}`, [
      'patch',
      ...(issue.path as (string | number)[]),
    ]);
  }
  draft.replaceBlock(command.id, parsed.data, undefined, place);
  return undefined;
}
