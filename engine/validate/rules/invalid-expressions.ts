// With the expression syntax on (docs/expressions.md), every `{…}` holding a function call in a templated field must
// parse: unknown functions, wrong argument counts and syntax errors are reported with the line and column in the text.
import { forEachTemplatedString, templateExpressionProblems } from '../../template';
import type { BlockSite, ValidationContext, ValidationRule } from '../validation-context';

/** 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

function check(ctx: ValidationContext, site: BlockSite, text: string, path: (string | number)[]): void {
  for (const part of templateExpressionProblems(text)) {
    const at = position(text, part.offset);
    ctx.report(
      'invalid-expression',
      'error',
      `${part.source.length > 60 ? part.source.slice(0, 57) + '…' : part.source} at line ${at.line}, column ${at.column}: ${part.message}. Fix the expression, or write \\{ for a literal brace.`,
      { site, path, ...at },
    );
  }
}

export const invalidExpressions: ValidationRule = (ctx) => {
  if (ctx.project.settings?.expressionSyntax !== true) return;
  for (const site of ctx.sites)
    forEachTemplatedString(site.block, (text, path) => {
      if (text.includes('{') && text.includes('(')) check(ctx, site, text, path);
    });
};
