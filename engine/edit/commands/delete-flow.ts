// deleteFlow: removes a flow. A flow with blocks goes only with `deleteBlocks: true`, and then reports
// the references left dangling, as deleteBlocks does; the flow's notes and frames go with it. The last flow stays (a project needs one).
import { z } from 'zod';
import { FlowId } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import { referencesTo } from '../references';
import { removeBlocks } from './delete-blocks';
import { retargetAnnotations } from './annotation-lists';
import { unknownFlow, type CommandOutcome } from './outcome';

export const DeleteFlowCommand = z.strictObject({
  type: z.literal('deleteFlow'),
  id: FlowId,
  deleteBlocks: z.boolean().optional(),
});
export type DeleteFlowCommand = z.infer<typeof DeleteFlowCommand>;

export function deleteFlow(draft: ProjectDraft, command: DeleteFlowCommand): CommandOutcome {
  const fi = draft.flowIndex(command.id);
  if (fi < 0) return unknownFlow(command.id, ['id']);
  const flow = draft.project.flows[fi]!;
  if (draft.project.flows.length === 1)
    return editError('last-flow', 'A project needs at least one flow.', ['id']);
  if (flow.blocks.length > 0 && !command.deleteBlocks)
    return editError(
      'flow-not-empty',
      `Flow "${flow.id}" has ${flow.blocks.length} block(s); confirm with deleteBlocks to delete them too.`,
      ['deleteBlocks'],
    );
  const deleted = new Set(flow.blocks.map((b) => b.id));
  removeBlocks(
    draft,
    flow.blocks.map((block, index) => ({ block, flow, flowIndex: fi, index })),
  );
  retargetAnnotations(draft, flow.id, null);
  draft.removeFlow(flow.id);
  return { dangling: referencesTo(draft.project, deleted) };
}
