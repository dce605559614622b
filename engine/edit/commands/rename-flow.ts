// renameFlow: changes a flow's name and/or id (its notes and frames follow), and optionally its place.
import { z } from 'zod';
import { FlowId } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import { unknownFlow, type CommandOutcome } from './outcome';
import { retargetAnnotations } from './annotation-lists';

export const RenameFlowCommand = z.strictObject({
  type: z.literal('renameFlow'),
  id: FlowId,
  name: z.string().min(1, 'a flow needs a name').optional(),
  newId: FlowId.optional(),
  index: z.number().int().min(0).optional(),
});
export type RenameFlowCommand = z.infer<typeof RenameFlowCommand>;

export function renameFlow(draft: ProjectDraft, command: RenameFlowCommand): CommandOutcome {
  if (draft.flowIndex(command.id) < 0) return unknownFlow(command.id, ['id']);
  if (command.newId && command.newId !== command.id && draft.flowIndex(command.newId) >= 0)
    return editError('id-taken', `A flow "${command.newId}" already exists.`, ['newId']);
  const last = draft.project.flows.length - 1;
  draft.updateFlow(command.id, {
    id: command.newId,
    name: command.name,
    index: command.index === undefined ? undefined : Math.min(command.index, last),
  });
  if (command.newId && command.newId !== command.id) retargetAnnotations(draft, command.id, command.newId);
  return undefined;
}
