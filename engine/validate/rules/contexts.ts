// Contexts (docs/file-format.md#contexts): a context without a name, a lifespan under one user turn, an input
// context no block ever sets, and a block linked to an intent the project does not have.
import type { BlockSite, ValidationRule } from '../validation-context';

export const contextRules: ValidationRule = (ctx) => {
  const intents = new Set(ctx.project.intents.map((i) => i.id));
  const set = new Set<string>();
  for (const site of ctx.sites) for (const o of site.block.contexts?.output ?? []) set.add(o.name);
  const at = (site: BlockSite, path: (string | number)[]) => ({ site, path });
  for (const site of ctx.sites) {
    const { block } = site;
    if (block.intent !== undefined && !intents.has(block.intent))
      ctx.report(
        'unknown-intent',
        'error',
        `block "${block.id}" is linked to intent "${block.intent}", which the project does not have: add the intent or pick another one.`,
        at(site, ['intent']),
      );
    (block.contexts?.input ?? []).forEach((name, i) => {
      if (name === '')
        ctx.report(
          'invalid-context',
          'error',
          `block "${block.id}" requires a context without a name: type its name or remove it.`,
          at(site, ['contexts', 'input', i]),
        );
      else if (!set.has(name))
        ctx.report(
          'context-never-set',
          'warning',
          `block "${block.id}" requires context "${name}", which no block sets as an output context: the block can only be reached this way when a test or the simulator starts with it.`,
          at(site, ['contexts', 'input', i]),
        );
    });
    (block.contexts?.output ?? []).forEach((o, i) => {
      if (o.name === '')
        ctx.report(
          'invalid-context',
          'error',
          `block "${block.id}" sets a context without a name: type its name or remove it.`,
          at(site, ['contexts', 'output', i, 'name']),
        );
      if (o.lifespan < 1)
        ctx.report(
          'invalid-context',
          'error',
          `block "${block.id}" sets context "${o.name}" with a lifespan of ${o.lifespan}: a lifespan counts user turns and must be at least 1.`,
          at(site, ['contexts', 'output', i, 'lifespan']),
        );
    });
  }
};
