// Parses a template string (docs/file-format.md#templates) into literal text and `{path|filter…}` placeholders. `\{` is a
// literal brace; braces whose content is not a path (JSON, prose) stay literal text. With the expression syntax on
// (docs/expressions.md), a brace holding a function call is an expression, valid or not.
import { expressionCalls, expressionVariables, parseExpression, type Expr } from './expression';

export interface Placeholder {
  /** The variable path as written, e.g. `items[0].name`. */
  path: string;
  filters: readonly string[];
  /** Offsets of the whole `{…}` in the source text. */
  start: number;
  end: number;
}
/** `{ABS(x)}`: a parsed expression, from its `{` to its `}`. */
export interface ExpressionPart {
  kind: 'expression';
  expr: Expr;
  source: string;
  start: number;
  end: number;
}
/** A brace that holds a function call but does not parse: rendered as written, reported by validation. */
export interface InvalidExpressionPart {
  kind: 'invalid-expression';
  source: string;
  message: string;
  /** Where the problem is, in the template text. */
  offset: number;
  start: number;
  end: number;
}
export type TemplatePart = string | Placeholder | ExpressionPart | InvalidExpressionPart;

const isPlaceholder = (p: TemplatePart): p is Placeholder => typeof p !== 'string' && !('kind' in p);
/** A function name followed by `(`: what makes a brace an expression. */
const CALL = /[A-Za-z_$][\w$.]*\s*\(/;

const PATH = /^[A-Za-z_$][\w$-]*(\.[\w$-]+|\[\d+\])*$/;
const FILTER = /^[A-Za-z][\w-]*$/;
const cache = new Map<string, readonly TemplatePart[]>();
const expressionCache = new Map<string, readonly TemplatePart[]>();
const CACHE_LIMIT = 10_000;

function placeholderAt(text: string, open: number, close: number): Placeholder | null {
  const pieces = text
    .slice(open + 1, close)
    .split('|')
    .map((p) => p.trim());
  const path = pieces[0]!;
  const filters = pieces.slice(1);
  if (!PATH.test(path) || !filters.every((f) => FILTER.test(f))) return null;
  return { path, filters, start: open, end: close + 1 };
}

function expressionAt(text: string, open: number): ExpressionPart | InvalidExpressionPart | null {
  const close = text.indexOf('}', open + 1);
  if (!CALL.test(text.slice(open + 1, close < 0 ? text.length : close))) return null;
  const parsed = parseExpression(text, open);
  if (parsed.ok)
    return {
      kind: 'expression',
      expr: parsed.expr,
      source: text.slice(open, parsed.end),
      start: open,
      end: parsed.end,
    };
  const end = close < 0 ? text.length : close + 1;
  return {
    kind: 'invalid-expression',
    source: text.slice(open, end),
    message: parsed.message,
    offset: parsed.offset,
    start: open,
    end,
  };
}

function parse(text: string, expressions: boolean): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '{') {
      literal += '{';
      i += 2;
      continue;
    }
    if (c === '{') {
      const expression = expressions ? expressionAt(text, i) : null;
      if (expression) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push(expression);
        i = Math.max(expression.end, i + 1);
        continue;
      }
      const close = text.indexOf('}', i + 1);
      const nested = text.indexOf('{', i + 1);
      const placeholder = close > 0 && (nested < 0 || nested > close) ? placeholderAt(text, i, close) : null;
      if (placeholder) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push(placeholder);
        i = close + 1;
        continue;
      }
    }
    literal += c;
    i++;
  }
  if (literal) parts.push(literal);
  return parts;
}

/**
 * The parts of a template, cached (templates of a project are few and rendered often). `expressions`: the project's
 * expression syntax setting; a template without `(` costs the same either way.
 */
export function parseTemplate(text: string, expressions = false): readonly TemplatePart[] {
  const withExpressions = expressions && text.includes('(');
  const store = withExpressions ? expressionCache : cache;
  let parts = store.get(text);
  if (parts) return parts;
  parts = text.includes('{') ? parse(text, withExpressions) : text ? [text] : [];
  if (store.size >= CACHE_LIMIT) store.clear();
  store.set(text, parts);
  return parts;
}

/** Every `{path}` use of a template, in order (escaped braces and non-path braces excluded). */
export function templateUses(text: string, expressions = false): Placeholder[] {
  return parseTemplate(text, expressions).filter(isPlaceholder);
}

/** The distinct variable paths a template reads, in order of first use, expressions included (for the validator). */
export function templateVariables(text: string, expressions = false): string[] {
  const paths: string[] = [];
  for (const part of parseTemplate(text, expressions))
    if (typeof part === 'string') continue;
    else if (isPlaceholder(part)) paths.push(part.path);
    else if (part.kind === 'expression') paths.push(...expressionVariables(part.expr).map((v) => v.path));
  return [...new Set(paths)];
}

/** The expressions of a template that do not parse (expression syntax on), with the offset of each problem. */
export function templateExpressionProblems(text: string): InvalidExpressionPart[] {
  return parseTemplate(text, true).filter(
    (p): p is InvalidExpressionPart =>
      typeof p !== 'string' && 'kind' in p && p.kind === 'invalid-expression',
  );
}

/** The functions a template's valid expressions call (expression syntax on), each once. */
export function templateFunctions(text: string): string[] {
  const names: string[] = [];
  for (const part of parseTemplate(text, true))
    if (typeof part !== 'string' && 'kind' in part && part.kind === 'expression')
      expressionCalls(part.expr, names);
  return [...new Set(names)];
}
