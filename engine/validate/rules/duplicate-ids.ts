// Flow ids and block ids must be unique (block ids across the whole project, docs/file-format.md#concepts).
import { formatJsonPath } from '../../format';
import type { ValidationRule } from '../validation-context';

export const duplicateIds: ValidationRule = (ctx) => {
  const flows = new Map<string, number>();
  ctx.project.flows.forEach((flow, i) => {
    const first = flows.get(flow.id);
    if (first === undefined) flows.set(flow.id, i);
    else
      ctx.report(
        'duplicate-flow-id',
        'error',
        `flow id "${flow.id}" is already used by flows[${first}]: give this flow another id.`,
        { path: ['flows', i, 'id'] },
      );
  });
  for (const site of ctx.sites) {
    const first = ctx.byId.get(site.block.id)!;
    if (first === site) continue;
    ctx.report(
      'duplicate-block-id',
      'error',
      `block id "${site.block.id}" is already used in flow "${first.flow.id}" (${formatJsonPath(first.segments)}): block ids are unique across the project, so rename one of them.`,
      { site, path: ['id'] },
    );
  }
};
