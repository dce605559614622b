// deleteVariable: removes a variable's declaration (its uses stay; validation reports undeclared ones).
import { z } from 'zod';
import { VariablePath } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const DeleteVariableCommand = z.strictObject({
  type: z.literal('deleteVariable'),
  name: VariablePath,
});
export type DeleteVariableCommand = z.infer<typeof DeleteVariableCommand>;

export function deleteVariable(draft: ProjectDraft, { name }: DeleteVariableCommand): CommandOutcome {
  const at = draft.project.variables.findIndex((v) => v.name === name);
  if (at < 0) return editError('unknown-variable', `No variable "${name}" is declared.`, ['name']);
  draft.removeItem('variables', at);
  return undefined;
}
