// An intent without a block recognises messages and then goes nowhere.
import type { ValidationRule } from '../validation-context';

export const intentWithoutBlock: ValidationRule = (ctx) => {
  const linked = new Set(ctx.sites.map((s) => s.block.intent));
  ctx.project.intents.forEach((intent, i) => {
    if (intent.block === undefined && !linked.has(intent.id))
      ctx.report(
        'intent-without-block',
        'warning',
        `intent "${intent.id}" has no block: a message that matches it goes nowhere. Pick the block it should lead to.`,
        { path: ['intents', i] },
      );
  });
};
