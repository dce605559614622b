// deleteFlow: removes a flow. A flow with blocks goes only with `deleteBlocks: true`, and then reports
// the references left dangling, as deleteBlocks does; the flow's notes and frames go with it. The last flow stays (a project needs one).
import { z } from 'zod';
import { FlowId } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { Project } from '../../model';
import { referencesTo, type ReferenceSite } from '../references';
import { removeBlocks } from './delete-blocks';
import { retargetAnnotations } from './annotation-lists';
import { unknownFlow, type CommandOutcome } from './outcome';

export const DeleteFlowCommand = z.strictObject({
  type: z.literal('deleteFlow'),
  id: FlowId,
  deleteBlocks: z.boolean().optional(),
});
export type DeleteFlowCommand = z.infer<typeof DeleteFlowCommand>;

/**
 * What deleting flow `flowId` with its blocks would leave pointing nowhere: every reference held outside the
 * flow (blocks of other flows, the project's settings, intents, tests) to one of its blocks, as the
 * command's `dangling` report will list them. Empty for an unknown flow.
 */
export function referencesIntoFlow(project: Project, flowId: string): ReferenceSite[] {
  const flow = project.flows.find((f) => f.id === flowId);
  if (!flow) return [];
  const inside = new Set(flow.blocks.map((b) => b.id));
  return referencesTo(project, inside).filter(
    (site) => !(site.path[0] === 'blocks' && inside.has(String(site.path[1]))),
  );
}

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
