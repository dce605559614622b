// The expression syntax's parser (docs/expressions.md#grammar): a recursive descent over the lexer's tokens, from the
// character after `{` to the closing `}`. Unknown functions, wrong argument counts and unknown filters are
// reported here, each with its offset, so that validation and the runtime agree on what is valid.
//
//   expression := sum ('|' filter)*
//   sum        := product (('+' | '-') product)*
//   product    := unary (('*' | '/' | '%') unary)*
//   unary      := '-' unary | primary
//   primary    := number | string | name '(' arguments? ')' | path | '[' arguments? ']' | '(' expression ')'
import { isFilterName } from '../filters';
import type { BinaryOp, Expr, ExpressionProblem } from './ast';
import { expressionFunction, EXPRESSION_FUNCTIONS } from './functions';
import { LexError, Lexer, type Token } from './lexer';

/** Nesting deeper than this is refused (a hostile file cannot exhaust the stack). */
export const MAX_EXPRESSION_DEPTH = 32;
/** Expressions longer than this (characters, braces included) are refused. */
export const MAX_EXPRESSION_LENGTH = 2000;

export type ParsedExpression = { ok: true; expr: Expr; end: number } | ({ ok: false } & ExpressionProblem);

class ParseError extends Error {
  constructor(readonly problem: ExpressionProblem) {
    super(problem.message);
  }
}

function fail(message: string, offset: number): never {
  throw new ParseError({ message, offset });
}

function describeToken(t: Token): string {
  if (t.type === 'end') return 'the end of the text';
  if (t.type === 'string') return 'a text';
  return `"${t.value}"`;
}

class Parser {
  private depth = 0;
  constructor(
    private readonly lexer: Lexer,
    private readonly limit: number,
  ) {}

  private next(): Token {
    const t = this.lexer.next();
    if (t.end > this.limit)
      fail(`an expression can be at most ${MAX_EXPRESSION_LENGTH} characters long`, this.limit);
    return t;
  }

  private isPunct(value: string): boolean {
    const t = this.lexer.peek();
    return t.type === 'punct' && t.value === value;
  }

  private expect(value: string, context: string): Token {
    const t = this.next();
    if (t.type !== 'punct' || t.value !== value)
      fail(`expected "${value}" ${context}, found ${describeToken(t)}`, t.start);
    return t;
  }

  private enter(offset: number): void {
    if (++this.depth > MAX_EXPRESSION_DEPTH)
      fail(`the expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels`, offset);
  }

  expression(): Expr {
    let expr = this.sum();
    while (this.isPunct('|')) {
      this.next();
      const name = this.next();
      if (name.type !== 'name')
        return fail(`expected a filter name after "|", found ${describeToken(name)}`, name.start);
      if (!isFilterName(name.value))
        fail(
          `unknown filter "${name.value}" (filters: increment, toUpperCase, toLowerCase, capitalize)`,
          name.start,
        );
      expr = { kind: 'filter', name: name.value, operand: expr, start: expr.start, end: name.end };
    }
    return expr;
  }

  private binary(ops: string, operand: () => Expr): Expr {
    let left = operand();
    for (let t = this.lexer.peek(); t.type === 'punct' && ops.includes(t.value); t = this.lexer.peek()) {
      this.next();
      const right = operand();
      left = { kind: 'binary', op: t.value as BinaryOp, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private sum(): Expr {
    return this.binary('+-', () => this.product());
  }

  private product(): Expr {
    return this.binary('*/%', () => this.unary());
  }

  private unary(): Expr {
    const t = this.lexer.peek();
    if (t.type === 'punct' && t.value === '-') {
      this.next();
      this.enter(t.start);
      const operand = this.unary();
      this.depth--;
      return { kind: 'negate', operand, start: t.start, end: operand.end };
    }
    return this.primary();
  }

  private arguments(close: string, context: string): { items: Expr[]; end: number } {
    const items: Expr[] = [];
    if (!this.isPunct(close))
      do {
        if (items.length > 0) this.next();
        items.push(this.expression());
      } while (this.isPunct(','));
    return { items, end: this.expect(close, context).end };
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.type) {
      case 'number':
        return { kind: 'number', value: t.value, start: t.start, end: t.end };
      case 'string':
        return { kind: 'string', value: t.value, start: t.start, end: t.end };
      case 'name':
        return this.isPunct('(') ? this.call(t) : { kind: 'var', path: t.value, start: t.start, end: t.end };
      case 'punct':
        if (t.value === '(' || t.value === '[') {
          this.enter(t.start);
          const result: Expr =
            t.value === '('
              ? { ...this.expression(), start: t.start, end: this.expect(')', 'to close "("').end }
              : (() => {
                  const { items, end } = this.arguments(']', 'to close the list');
                  return { kind: 'list', items, start: t.start, end } as Expr;
                })();
          this.depth--;
          return result;
        }
    }
    return fail(`expected a value, found ${describeToken(t)}`, t.start);
  }

  private call(name: Extract<Token, { type: 'name' }>): Expr {
    const f = expressionFunction(name.value);
    if (!f) {
      const upper = EXPRESSION_FUNCTIONS.find((g) => g.name === name.value.toUpperCase());
      fail(
        `unknown function "${name.value}"` +
          (upper ? ` (names are in capitals: ${upper.name})` : ' (see the list in docs/expressions.md)'),
        name.start,
      );
    }
    this.enter(name.start);
    this.next();
    const { items, end } = this.arguments(')', `to close ${name.value}(`);
    this.depth--;
    if (items.length < f!.minArgs || items.length > f!.maxArgs) {
      const wanted =
        f!.minArgs === f!.maxArgs
          ? `${f!.minArgs}`
          : f!.maxArgs >= 100
            ? `at least ${f!.minArgs}`
            : `${f!.minArgs} to ${f!.maxArgs}`;
      fail(
        `${f!.signature} takes ${wanted} argument${wanted === '1' ? '' : 's'}, not ${items.length}`,
        name.start,
      );
    }
    return { kind: 'call', name: name.value, args: items, start: name.start, end };
  }
}

/**
 * Parses the expression that starts after the `{` at `open` in `text`, up to its closing `}`. The result's `end` is
 * the offset after that `}`.
 */
export function parseExpression(text: string, open: number): ParsedExpression {
  const lexer = new Lexer(text, open + 1);
  const parser = new Parser(lexer, open + MAX_EXPRESSION_LENGTH);
  try {
    const expr = parser.expression();
    const close = lexer.next();
    if (close.type !== 'punct' || close.value !== '}')
      fail(
        close.type === 'end'
          ? 'the expression has no closing "}"'
          : `expected an operator, "|" or "}" here, found ${describeToken(close)}`,
        close.start,
      );
    return { ok: true, expr, end: close.end };
  } catch (e) {
    if (e instanceof ParseError || e instanceof LexError) return { ok: false, ...e.problem };
    throw e;
  }
}
