// Code blocks must parse as JavaScript (top-level await allowed, as in Chatlayer's code actions).
// acorn is pure JavaScript, so the same check runs in the app's renderer.
import { parse } from 'acorn';
import type { ValidationRule } from '../validation-context';

export interface CodeSyntaxProblem {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
}

/** Results by source: the app validates after every edit, and most code blocks did not change. */
const checked = new Map<string, CodeSyntaxProblem | null>();
const CACHE_LIMIT = 5_000;

/** The first syntax error of `code`, with a 1-based line and column, or undefined. */
export function codeSyntaxError(code: string): CodeSyntaxProblem | undefined {
  let result = checked.get(code);
  if (result === undefined) {
    result = parseError(code) ?? null;
    if (checked.size >= CACHE_LIMIT) checked.clear();
    checked.set(code, result);
  }
  return result ?? undefined;
}

function parseError(code: string): CodeSyntaxProblem | undefined {
  try {
    parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
    });
    return undefined;
  } catch (e) {
    const error = e as SyntaxError & { loc?: { line: number; column: number } };
    // Not a syntax error with a place (e.g. code nested too deeply for the parser): report it at the top.
    if (!error.loc) return { message: String(error.message), line: 1, column: 1 };
    return {
      message: error.message.replace(/\s*\(\d+:\d+\)$/, ''),
      line: error.loc.line,
      column: error.loc.column + 1,
    };
  }
}

export const codeSyntax: ValidationRule = (ctx) => {
  for (const site of ctx.sites) {
    if (site.block.type !== 'code') continue;
    const problem = codeSyntaxError(site.block.code);
    if (problem)
      ctx.report(
        'code-syntax-error',
        'error',
        `syntax error on line ${problem.line}, column ${problem.column} of the code: ${problem.message}.`,
        {
          site,
          path: ['code'],
          line: problem.line,
          column: problem.column,
        },
      );
  }
};
