// renameVariable: renames a variable path (and the paths under it, `order` → `cart` turns `order.size` into
// `cart.size`) in declarations, `{templates}`, condition `var`s, input `variable`s, `saveAs`, `set` and
// `expectVars` keys. Code blocks' source is left alone: JavaScript is not rewritten blindly.
import { z } from 'zod';
import { VariablePath } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import { renamePathPrefix } from '../template-paths';
import { renameVariableInBlock, renameVariableInTest } from '../variable-uses';
import type { CommandOutcome } from './outcome';

export const RenameVariableCommand = z.strictObject({
  type: z.literal('renameVariable'),
  from: VariablePath,
  to: VariablePath,
});
export type RenameVariableCommand = z.infer<typeof RenameVariableCommand>;

export function renameVariable(draft: ProjectDraft, { from, to }: RenameVariableCommand): CommandOutcome {
  if (from === to) return undefined;
  const project = draft.project;
  if (project.variables.some((v) => v.name === to))
    return editError('id-taken', `A variable "${to}" is already declared.`, ['to']);
  const rename = (path: string) => renamePathPrefix(path, from, to);
  const before = draft.ops.length;
  project.variables.forEach((v, i) => {
    const name = rename(v.name);
    if (name !== undefined) draft.replaceItem('variables', i, { ...v, name });
  });
  project.flows.forEach((flow, flowIndex) =>
    flow.blocks.forEach((block, index) => {
      const next = renameVariableInBlock(block, rename);
      if (next !== block) draft.replaceBlock(block.id, next, undefined, { block, flow, flowIndex, index });
    }),
  );
  project.tests.forEach((test, i) => {
    const next = renameVariableInTest(test, rename);
    if (next !== test) draft.replaceItem('tests', i, next);
  });
  if (draft.ops.length === before)
    return editError('unknown-variable', `Variable "${from}" is neither declared nor used.`, ['from']);
  return undefined;
}
