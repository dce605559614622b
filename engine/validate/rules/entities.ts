// Entities (docs/file-format.md#entities): a regex entity's pattern must compile and be safe to run; entity names are
// unique; an input block validating against an entity names a known system entity or one of the project's entities.
import { isSystemEntity, patternProblem, SYSTEM_ENTITIES } from '../../model';
import type { ValidationRule } from '../validation-context';

export const entityRules: ValidationRule = (ctx) => {
  const entities = ctx.project.entities ?? [];
  const seen = new Set<string>();
  entities.forEach((entity, i) => {
    if (seen.has(entity.name))
      ctx.report(
        'duplicate-entity',
        'error',
        `entity "${entity.name}" is defined twice: rename or merge one of them.`,
        { path: ['entities', i, 'name'] },
      );
    seen.add(entity.name);
    if (entity.kind !== 'regex') return;
    const problem = patternProblem(entity.pattern, entity.flags);
    if (problem)
      ctx.report(
        'invalid-regex',
        'error',
        `entity "${entity.name}": the pattern ${JSON.stringify(entity.pattern)} is refused (${problem}): fix it.`,
        { path: ['entities', i, 'pattern'] },
      );
  });
  for (const site of ctx.sites) {
    const b = site.block;
    if (b.type !== 'input' || b.validate.kind !== 'entity') continue;
    const name = b.validate.entity;
    if (name.startsWith('sys.') && !isSystemEntity(name))
      ctx.report(
        'unknown-system-entity',
        'error',
        `${JSON.stringify(name)} is not a system entity: use one of ${SYSTEM_ENTITIES.join(', ')}.`,
        { site, path: ['validate', 'entity'] },
      );
    else if (!name.startsWith('sys.') && !seen.has(name))
      ctx.report(
        'unknown-entity',
        'error',
        `the project has no entity "${name}": add it in the Entities panel or pick another entity.`,
        { site, path: ['validate', 'entity'] },
      );
    else if (b.validate.only && name !== 'sys.date')
      ctx.report(
        'entity-date-option',
        'warning',
        `"only ${b.validate.only} dates" applies to sys.date only; ${name} ignores it: remove the option.`,
        { site, path: ['validate', 'only'] },
      );
  }
};
