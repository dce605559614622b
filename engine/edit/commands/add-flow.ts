// addFlow: a new, empty flow (a canvas page); flow ids are unique among flows.
import { z } from 'zod';
import { FlowId } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const AddFlowCommand = z.strictObject({
  type: z.literal('addFlow'),
  id: FlowId,
  name: z.string().min(1, 'a flow needs a name'),
  index: z.number().int().min(0).optional(),
});
export type AddFlowCommand = z.infer<typeof AddFlowCommand>;

export function addFlow(draft: ProjectDraft, command: AddFlowCommand): CommandOutcome {
  if (draft.flowIndex(command.id) >= 0)
    return editError('id-taken', `A flow "${command.id}" already exists.`, ['id']);
  const size = draft.project.flows.length;
  draft.insertFlow(Math.min(command.index ?? size, size), command.id, command.name);
  return undefined;
}
