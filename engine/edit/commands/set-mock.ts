// setMock: replaces the mock at `index` (or appends at index = count, or without an index).
import { z } from 'zod';
import { Mock } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const SetMockCommand = z.strictObject({
  type: z.literal('setMock'),
  mock: Mock,
  index: z.number().int().min(0).optional(),
});
export type SetMockCommand = z.infer<typeof SetMockCommand>;

export function setMock(draft: ProjectDraft, { mock, index }: SetMockCommand): CommandOutcome {
  const mocks = draft.project.mocks;
  const at = index ?? mocks.length;
  if (at > mocks.length) return editError('unknown-mock', `There is no mock at index ${at}.`, ['index']);
  if (at < mocks.length) draft.replaceItem('mocks', at, mock);
  else draft.insertItem('mocks', at, mock);
  return undefined;
}
