// setTest: replaces the test at `index` (or appends at index = count); without an index, replaces the
// test with the same name or appends.
import { z } from 'zod';
import { ConversationTest } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const SetTestCommand = z.strictObject({
  type: z.literal('setTest'),
  test: ConversationTest,
  index: z.number().int().min(0).optional(),
});
export type SetTestCommand = z.infer<typeof SetTestCommand>;

export function setTest(draft: ProjectDraft, { test, index }: SetTestCommand): CommandOutcome {
  const tests = draft.project.tests;
  const at = index ?? tests.findIndex((t) => t.name === test.name);
  if (at > tests.length) return editError('unknown-test', `There is no test at index ${at}.`, ['index']);
  if (at >= 0 && at < tests.length) draft.replaceItem('tests', at, test);
  else draft.insertItem('tests', tests.length, test);
  return undefined;
}
