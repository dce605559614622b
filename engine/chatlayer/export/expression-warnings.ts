// Export warnings for the expression syntax (docs/expressions.md#functions): a function whose presence in Chatlayer is
// not confirmed may fail on the live bot.
import type { Project } from '../../model';
import { expressionFunction, forEachTemplatedString, templateFunctions } from '../../template';
import { blockNamed, type ChatlayerExportWarning } from './export-warnings';

export function expressionWarnings(project: Project): ChatlayerExportWarning[] {
  if (project.settings?.expressionSyntax !== true) return [];
  const warnings: ChatlayerExportWarning[] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      const unverified = new Set<string>();
      forEachTemplatedString(block, (text) => {
        if (text.includes('{') && text.includes('('))
          for (const name of templateFunctions(text))
            if (expressionFunction(name)?.source === 'unverified') unverified.add(name);
      });
      if (unverified.size)
        warnings.push({
          blockId: block.id,
          ...blockNamed(block),
          message: `uses ${[...unverified].join(', ')} in an expression: Botloom offers ${unverified.size === 1 ? 'this function' : 'these functions'}, but Chatlayer's documentation as read does not confirm ${unverified.size === 1 ? 'it' : 'them'}; check on the live bot (docs/expressions.md#functions).`,
        });
    }
  return warnings;
}
