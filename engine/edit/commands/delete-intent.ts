// deleteIntent: removes an intent by id.
import { z } from 'zod';
import { IntentId } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const DeleteIntentCommand = z.strictObject({ type: z.literal('deleteIntent'), id: IntentId });
export type DeleteIntentCommand = z.infer<typeof DeleteIntentCommand>;

export function deleteIntent(draft: ProjectDraft, { id }: DeleteIntentCommand): CommandOutcome {
  const at = draft.project.intents.findIndex((i) => i.id === id);
  if (at < 0) return editError('unknown-intent', `There is no intent "${id}".`, ['id']);
  draft.removeItem('intents', at);
  return undefined;
}
