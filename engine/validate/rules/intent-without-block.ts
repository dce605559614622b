// An intent without a block recognises messages and then goes nowhere.
import type { ValidationRule } from '../validation-context';

export const intentWithoutBlock: ValidationRule = (ctx) => {
  ctx.project.intents.forEach((intent, i) => {
    if (intent.block === undefined)
      ctx.report(
        'intent-without-block',
        'warning',
        `intent "${intent.id}" has no block: a message that matches it goes nowhere. Pick the block it should lead to.`,
        { path: ['intents', i] },
      );
  });
};
