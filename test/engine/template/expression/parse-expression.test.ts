import { describe, expect, it } from 'vitest';
import {
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  type Expr,
} from '../../../../engine/template';

/** The tree of `text` (which starts with `{`) in a compact prefix notation. */
function tree(text: string): string {
  const parsed = parseExpression(text, 0);
  if (!parsed.ok) throw new Error(`${parsed.message} at ${parsed.offset}`);
  const show = (e: Expr): string => {
    switch (e.kind) {
      case 'number':
        return String(e.value);
      case 'string':
        return JSON.stringify(e.value);
      case 'var':
        return `$${e.path}`;
      case 'list':
        return `[${e.items.map(show).join(' ')}]`;
      case 'call':
        return `${e.name}(${e.args.map(show).join(' ')})`;
      case 'negate':
        return `(- ${show(e.operand)})`;
      case 'binary':
        return `(${e.op} ${show(e.left)} ${show(e.right)})`;
      case 'filter':
        return `(|${e.name} ${show(e.operand)})`;
    }
  };
  return show(parsed.expr);
}

function problem(text: string, open = 0) {
  const parsed = parseExpression(text, open);
  if (parsed.ok) throw new Error(`${text} parsed`);
  return { message: parsed.message, offset: parsed.offset };
}

describe('the expression parser', () => {
  it('parses a call with literals, paths and nested calls', () => {
    expect(tree('{ABS(-1)}')).toBe('ABS((- 1))');
    expect(tree('{APPEND(order.items[0].tags, "x", 2.5)}')).toBe('APPEND($order.items[0].tags "x" 2.5)');
    expect(tree('{CAPITALIZE(DOWNCASE(name))}')).toBe('CAPITALIZE(DOWNCASE($name))');
    expect(tree("{JOIN(['a', \"b\"], ', ')}")).toBe('JOIN(["a" "b"] ", ")');
    expect(tree('{NOW()}')).toBe('NOW()');
  });

  it('gives * / % precedence over + -, left to right, with parentheses first', () => {
    expect(tree('{ABS(1 + 2 * 3 - 4)}')).toBe('ABS((- (+ 1 (* 2 3)) 4))');
    expect(tree('{ABS(10 / 5 / 2)}')).toBe('ABS((/ (/ 10 5) 2))');
    expect(tree('{ABS((1 + 2) * 3)}')).toBe('ABS((* (+ 1 2) 3))');
    expect(tree('{ABS(- - 2 % 3)}')).toBe('ABS((% (- (- 2)) 3))');
    expect(tree('{ABS(total-paid)}')).toBe('ABS((- $total $paid))');
  });

  it('applies filters last and in order', () => {
    expect(tree('{DOWNCASE(name)|capitalize}')).toBe('(|capitalize DOWNCASE($name))');
    expect(tree('{ABS(n) + 1|increment|increment}')).toBe('(|increment (|increment (+ ABS($n) 1)))');
  });

  it('reads strings with escapes and braces inside, and ends after the closing brace', () => {
    const parsed = parseExpression('Hi {DOWNCASE("A}\\"b\\n")} there', 3);
    expect(parsed.ok && parsed.end).toBe(24);
    expect(parsed.ok && parsed.expr.kind === 'call' && parsed.expr.args[0]).toMatchObject({
      kind: 'string',
      value: 'A}"b\n',
    });
  });

  it('reports unknown functions at their name, with a hint for lowercase names', () => {
    expect(problem('Total: {SUMM(1, 2)}', 7)).toEqual({
      message: 'unknown function "SUMM" (see the list in docs/expressions.md)',
      offset: 8,
    });
    expect(problem('{abs(1)}').message).toBe('unknown function "abs" (names are in capitals: ABS)');
  });

  it('reports a wrong number of arguments at the function', () => {
    expect(problem('{ABS(1, 2)}')).toEqual({ message: 'ABS(number) takes 1 argument, not 2', offset: 1 });
    expect(problem('{ x + ROUND()}').message).toBe('ROUND(number, digits?) takes 1 to 2 arguments, not 0');
    expect(problem('{APPEND(list)}').message).toBe('APPEND(list, item, …) takes at least 2 arguments, not 1');
  });

  it('reports syntax errors where they are', () => {
    expect(problem('{ABS(1}')).toEqual({ message: 'expected ")" to close ABS(, found "}"', offset: 6 });
    expect(problem('{ABS(1) 2}')).toEqual({
      message: 'expected an operator, "|" or "}" here, found "2"',
      offset: 8,
    });
    expect(problem('{ABS(1)')).toEqual({ message: 'the expression has no closing "}"', offset: 7 });
    expect(problem('{ABS(,)}')).toEqual({ message: 'expected a value, found ","', offset: 5 });
    expect(problem('{ABS("x)}')).toEqual({ message: 'the text starting here has no closing "', offset: 5 });
    expect(problem('{ABS(1 # 2)}')).toEqual({ message: 'unexpected character "#"', offset: 7 });
    expect(problem('{ABS(1)|shout}')).toMatchObject({ offset: 8 });
    expect(problem('{ABS(1)|shout}').message).toMatch(/^unknown filter "shout"/);
  });

  it('refuses nesting deeper than the limit without exhausting the stack', () => {
    const ok = '{' + 'ABS('.repeat(MAX_EXPRESSION_DEPTH) + '1' + ')'.repeat(MAX_EXPRESSION_DEPTH) + '}';
    expect(parseExpression(ok, 0).ok).toBe(true);
    const deep =
      '{' + 'ABS('.repeat(MAX_EXPRESSION_DEPTH + 1) + '1' + ')'.repeat(MAX_EXPRESSION_DEPTH + 1) + '}';
    expect(problem(deep).message).toBe(`the expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels`);
    const hostile = '{ABS(' + '('.repeat(100_000) + '}';
    expect(problem(hostile).message).toMatch(/nests deeper/);
    expect(problem('{ABS(' + '-'.repeat(100_000) + '1)}').message).toMatch(/nests deeper/);
  });

  it('refuses expressions longer than the limit, and stays linear on long flat input', () => {
    const long = '{ABS(' + '1+'.repeat(MAX_EXPRESSION_LENGTH) + '1)}';
    expect(problem(long).message).toBe(
      `an expression can be at most ${MAX_EXPRESSION_LENGTH} characters long`,
    );
    const flat = '{ABS(' + '1+'.repeat(900) + '1)}';
    const started = performance.now();
    expect(parseExpression(flat, 0).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
