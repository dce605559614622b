// setVariable: declares a variable, or replaces the declaration with the same name.
import { z } from 'zod';
import { Variable } from '../../model';
import type { ProjectDraft } from '../project-draft';
import type { CommandOutcome } from './outcome';

export const SetVariableCommand = z.strictObject({ type: z.literal('setVariable'), variable: Variable });
export type SetVariableCommand = z.infer<typeof SetVariableCommand>;

export function setVariable(draft: ProjectDraft, { variable }: SetVariableCommand): CommandOutcome {
  const variables = draft.project.variables;
  const at = variables.findIndex((v) => v.name === variable.name);
  if (at >= 0) draft.replaceItem('variables', at, variable);
  else draft.insertItem('variables', variables.length, variable);
  return undefined;
}
