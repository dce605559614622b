// deleteTest: removes the conversation test at an index.
import { z } from 'zod';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const DeleteTestCommand = z.strictObject({
  type: z.literal('deleteTest'),
  index: z.number().int().min(0),
});
export type DeleteTestCommand = z.infer<typeof DeleteTestCommand>;

export function deleteTest(draft: ProjectDraft, { index }: DeleteTestCommand): CommandOutcome {
  if (index >= draft.project.tests.length)
    return editError('unknown-test', `There is no test at index ${index}.`, ['index']);
  draft.removeItem('tests', index);
  return undefined;
}
