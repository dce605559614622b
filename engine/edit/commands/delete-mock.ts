// deleteMock: removes the API mock at an index.
import { z } from 'zod';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const DeleteMockCommand = z.strictObject({
  type: z.literal('deleteMock'),
  index: z.number().int().min(0),
});
export type DeleteMockCommand = z.infer<typeof DeleteMockCommand>;

export function deleteMock(draft: ProjectDraft, { index }: DeleteMockCommand): CommandOutcome {
  if (index >= draft.project.mocks.length)
    return editError('unknown-mock', `There is no mock at index ${index}.`, ['index']);
  draft.removeItem('mocks', index);
  return undefined;
}
