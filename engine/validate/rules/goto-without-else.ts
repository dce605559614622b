// A Go To whose rules can all fail needs an `else` (docs/file-format.md#go-to-block); one without rules and else goes nowhere.
import { rulesCanAllFail } from '../condition-logic';
import type { ValidationRule } from '../validation-context';

export const gotoWithoutElse: ValidationRule = (ctx) => {
  for (const site of ctx.sites) {
    const b = site.block;
    if (b.type !== 'goto' || b.else !== undefined) continue;
    if (b.rules.length === 0)
      ctx.report(
        'goto-without-else',
        'error',
        `Go To block "${b.id}" has no rules and no else, so it leads nowhere: set "else" to the block it should jump to.`,
        { site },
      );
    else if (rulesCanAllFail(b.rules.map((r) => r.when)))
      ctx.report(
        'goto-without-else',
        'error',
        `Go To block "${b.id}" has no else, and its rules can all fail: add an "else" block for that case.`,
        { site },
      );
  }
};
