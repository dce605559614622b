// Regular expressions must compile: input validation patterns and `matches` comparison values
// (a value holding a template is only known at run time and is not checked). `matches` patterns must also be
// safe to run: short enough and without nested repetition (docs/file-format.md#conditions).
import { patternProblem } from '../../model';
import { forEachComparison } from '../condition-logic';
import type { ValidationRule } from '../validation-context';

function regexProblem(pattern: string, flags?: string): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

/** A `matches` value: `/pattern/flags` or a bare pattern. */
function matchesProblem(value: string): string | undefined {
  const literal = /^\/(.*)\/([dgimsuy]*)$/s.exec(value);
  return literal ? patternProblem(literal[1]!, literal[2]!.replace('g', '')) : patternProblem(value);
}

export const invalidRegex: ValidationRule = (ctx) => {
  for (const site of ctx.sites) {
    const b = site.block;
    if (b.type === 'input' && b.validate.kind === 'regex') {
      const problem = regexProblem(b.validate.pattern, b.validate.flags);
      if (problem)
        ctx.report(
          'invalid-regex',
          'error',
          `the pattern ${JSON.stringify(b.validate.pattern)} is not a valid regular expression (${problem}): fix it.`,
          { site, path: ['validate', 'pattern'] },
        );
    }
    if (b.type === 'goto')
      b.rules.forEach((rule, r) =>
        forEachComparison(rule.when, ['rules', r, 'when'], (c, path) => {
          if (c.op !== 'matches' || c.value === undefined || c.value === null) return;
          const pattern = typeof c.value === 'string' ? c.value : JSON.stringify(c.value);
          if (typeof c.value === 'string' && /(^|[^\\])\{[A-Za-z_$]/.test(pattern)) return;
          const problem = matchesProblem(pattern);
          if (problem)
            ctx.report(
              'invalid-regex',
              'error',
              `"matches" needs a safe regular expression, but ${JSON.stringify(pattern)} is refused (${problem}): fix it.`,
              { site, path: [...path, 'value'] },
            );
        }),
      );
  }
};
