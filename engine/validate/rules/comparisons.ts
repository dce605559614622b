// Comparisons need a `value` for binary operators; a value given to a unary operator is ignored.
import { UNARY_OPS } from '../../model';
import { forEachComparison } from '../condition-logic';
import type { ValidationRule } from '../validation-context';

export const comparisons: ValidationRule = (ctx) => {
  for (const site of ctx.sites) {
    if (site.block.type !== 'goto') continue;
    site.block.rules.forEach((rule, r) =>
      forEachComparison(rule.when, ['rules', r, 'when'], (c, path) => {
        const unary = UNARY_OPS.includes(c.op);
        if (!unary && c.value === undefined)
          ctx.report(
            'comparison-without-value',
            'error',
            `the comparison "${c.var} ${c.op}" has no value to compare with: add a "value".`,
            { site, path },
          );
        else if (unary && c.value !== undefined)
          ctx.report(
            'comparison-value-ignored',
            'info',
            `"${c.op}" takes no value, so the value of "${c.var} ${c.op}" is ignored: remove it.`,
            { site, path: [...path, 'value'] },
          );
      }),
    );
  }
};
