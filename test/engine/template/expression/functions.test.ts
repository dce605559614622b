import { describe, expect, it } from 'vitest';
import {
  EXPRESSION_FUNCTIONS,
  renderJson,
  renderTemplate,
  type TemplateScope,
  type TemplateWarning,
} from '../../../../engine/template';

const NOW = Date.UTC(2026, 0, 1);

function render(text: string, session: Record<string, unknown> = {}, expressions = true) {
  const warnings: TemplateWarning[] = [];
  const scope: TemplateScope = { session, warn: (w) => warnings.push(w), expressions, now: () => NOW };
  return {
    text: renderTemplate(text, scope),
    warnings,
    get json() {
      return renderJson(text, { ...scope, warn: () => {} });
    },
  };
}

describe('the expression functions', () => {
  it.each(EXPRESSION_FUNCTIONS.map((f) => [f.name, f.example.expression, f.example.result]))(
    '%s gives its documented example: %s → %s',
    (_, expression, result) => {
      const { text, warnings } = render(expression);
      expect(warnings).toEqual([]);
      expect(text).toBe(result);
    },
  );

  it('reads variables and keeps the JSON type of a lone expression', () => {
    expect(render('{ABS(balance)}', { balance: '-12.5' }).json).toBe(12.5);
    expect(render('{APPEND(history, step)}', { history: ['a'], step: 'b' }).json).toEqual(['a', 'b']);
    expect(render('{APPEND(history, 1)}', {}).json).toEqual([1]);
    expect(render('{SIZE(cart)} items', { cart: [1, 2, 3] }).text).toBe('3 items');
  });

  it('adds numbers, joins texts, and follows precedence', () => {
    expect(render('{ABS(1 + 2 * 3)}').text).toBe('7');
    expect(render('{ABS((1 + 2) * 3)}').text).toBe('9');
    expect(render('{DOWNCASE("A" + name)}', { name: 'NN' }).text).toBe('ann');
    expect(render('{ABS(price * qty)}', { price: '2.5', qty: 4 }).json).toBe(10);
  });

  it('composes with filters', () => {
    expect(render('{DOWNCASE(name)|capitalize}', { name: 'ANN' }).text).toBe('Ann');
    expect(render('{ABS(n)|increment}', { n: -4 }).json).toBe(5);
  });

  it('reads DD-MM-YYYY dates as Collect input stores them, and the conversation clock', () => {
    expect(render('{DATE(birth, "YYYY/MM/DD")}', { birth: '31-01-1990' }).text).toBe('1990/01/31');
    expect(render('{DATE(NOW(), "DD-MM-YYYY HH:mm:ss")}').text).toBe('01-01-2026 00:00:00');
  });

  it('warns and renders nothing when a function fails at run time', () => {
    const { text, warnings } = render('Total: {ABS(total)}.', { total: 'many' });
    expect(text).toBe('Total: .');
    expect(warnings).toEqual([
      {
        code: 'template-expression-failed',
        message: '{ABS(total)}: ABS needs a number, got "many"',
        path: '{ABS(total)}',
      },
    ]);
    expect(render('{ABS(1 / 0)}').warnings[0]!.message).toBe('{ABS(1 / 0)}: division by zero in "/"');
  });

  it('warns about a missing variable and an invalid expression, shown as written', () => {
    expect(render('{ABS(x)}').warnings.map((w) => w.code)).toEqual([
      'template-missing-value',
      'template-expression-failed',
    ]);
    const { text, warnings } = render('Hi {SHOUT(name)}!', { name: 'Ann' });
    expect(text).toBe('Hi {SHOUT(name)}!');
    expect(warnings[0]).toMatchObject({ code: 'template-expression-invalid' });
  });

  it('leaves braces as today when the expression syntax is off', () => {
    expect(render('{ABS(-1)} and {name}', { name: 'Ann' }, false).text).toBe('{ABS(-1)} and Ann');
    expect(render('{ABS(-1)}', {}, false).warnings).toEqual([]);
  });

  it('keeps paths, filters, JSON and prose braces as before when on', () => {
    expect(render('{name|toUpperCase} {"a": 1} \\{x}', { name: 'ann' }).text).toBe('ANN {"a": 1} {x}');
    expect(render('Note (see {name})', { name: 'A' }).text).toBe('Note (see A)');
  });
});

describe('the function table in docs/expressions.md', () => {
  it('lists every function with its signature, example, result and Chatlayer status', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../../../docs/expressions.md', import.meta.url), 'utf8');
    const rows = doc
      .split('\n')
      .filter((line) => /^\| `[A-Z_]+\(/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((r) => r[1])).toEqual(EXPRESSION_FUNCTIONS.map((f) => `\`${f.signature}\``));
    for (const f of EXPRESSION_FUNCTIONS) {
      const row = rows.find((r) => r[1] === `\`${f.signature}\``)!;
      expect(row.slice(4, 7)).toEqual([`\`${f.example.expression}\``, `\`${f.example.result}\``, f.source]);
    }
  });
});
