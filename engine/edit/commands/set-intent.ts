// setIntent: adds an intent, or replaces the one with the same id; its block must exist.
import { z } from 'zod';
import { Intent } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { unknownBlock, type CommandOutcome } from './outcome';

export const SetIntentCommand = z.strictObject({ type: z.literal('setIntent'), intent: Intent });
export type SetIntentCommand = z.infer<typeof SetIntentCommand>;

export function setIntent(draft: ProjectDraft, { intent }: SetIntentCommand): CommandOutcome {
  if (intent.block && !draft.hasBlock(intent.block)) return unknownBlock(intent.block, ['intent', 'block']);
  const intents = draft.project.intents;
  const at = intents.findIndex((i) => i.id === intent.id);
  if (at >= 0) draft.replaceItem('intents', at, intent);
  else draft.insertItem('intents', intents.length, intent);
  return undefined;
}
