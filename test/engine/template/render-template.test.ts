import { describe, expect, it } from 'vitest';
import {
  renderJson,
  renderTemplate,
  templateVariables,
  type TemplateScope,
  type TemplateWarning,
} from '../../../engine/template';

function scope(session: Record<string, unknown>, extra: Partial<TemplateScope> = {}) {
  const warnings: TemplateWarning[] = [];
  return {
    scope: { session, warn: (w: TemplateWarning) => warnings.push(w), ...extra } as TemplateScope,
    warnings,
  };
}

describe('templates', () => {
  it('replaces a dot path by the session value', () => {
    const { scope: s } = scope({ user: { name: 'Ann' } });
    expect(renderTemplate('Hi {user.name}!', s)).toBe('Hi Ann!');
  });

  it('reads array items with items[0].name and items.0.name alike', () => {
    const { scope: s } = scope({ items: [{ name: 'Margherita' }, { name: 'Funghi' }] });
    expect(renderTemplate('{items[0].name} and {items.1.name}', s)).toBe('Margherita and Funghi');
  });

  it('renders objects and arrays as JSON', () => {
    const { scope: s } = scope({ order: { size: 'L', toppings: ['ham'] } });
    expect(renderTemplate('{order} / {order.toppings}', s)).toBe('{"size":"L","toppings":["ham"]} / ["ham"]');
  });

  it('renders numbers and booleans as text', () => {
    const { scope: s } = scope({ n: 3.5, ok: false });
    expect(renderTemplate('{n} {ok}', s)).toBe('3.5 false');
  });

  it('renders a missing value as the empty string and warns', () => {
    const { scope: s, warnings } = scope({});
    expect(renderTemplate('Hi {user.name}!', s)).toBe('Hi !');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'template-missing-value', path: 'user.name' }),
    ]);
  });

  it('writes a literal brace for \\{', () => {
    const { scope: s, warnings } = scope({ x: 1 });
    expect(renderTemplate('\\{x} is {x}', s)).toBe('{x} is 1');
    expect(warnings).toEqual([]);
  });

  it('keeps braces that do not hold a path as text', () => {
    const { scope: s, warnings } = scope({});
    expect(renderTemplate('{"a": 1} and { not a path }', s)).toBe('{"a": 1} and { not a path }');
    expect(warnings).toEqual([]);
  });

  describe('filters', () => {
    it('increment adds 1 to a number', () => {
      expect(renderTemplate('{n|increment}', scope({ n: 4 }).scope)).toBe('5');
    });
    it('increment reads a numeric string and starts an unset counter at 1', () => {
      expect(renderTemplate('{n|increment}', scope({ n: '9' }).scope)).toBe('10');
      const { scope: s, warnings } = scope({});
      expect(renderTemplate('{n|increment}', s)).toBe('1');
      expect(warnings).toEqual([]);
    });
    it('increment of a non-number warns and keeps the value', () => {
      const { scope: s, warnings } = scope({ n: 'abc' });
      expect(renderTemplate('{n|increment}', s)).toBe('abc');
      expect(warnings[0]!.code).toBe('template-filter-failed');
    });
    it('toUpperCase', () => {
      expect(renderTemplate('{name|toUpperCase}', scope({ name: 'ann' }).scope)).toBe('ANN');
    });
    it('toLowerCase', () => {
      expect(renderTemplate('{name | toLowerCase}', scope({ name: 'ANN' }).scope)).toBe('ann');
    });
    it('capitalize upper-cases only the first letter', () => {
      expect(renderTemplate('{name|capitalize}', scope({ name: 'ann marie' }).scope)).toBe('Ann marie');
    });
    it('filters chain left to right', () => {
      expect(renderTemplate('{name|toLowerCase|capitalize}', scope({ name: 'ANN' }).scope)).toBe('Ann');
    });
    it('an unknown filter warns and leaves the value', () => {
      const { scope: s, warnings } = scope({ name: 'Ann' });
      expect(renderTemplate('{name|reverse}', s)).toBe('Ann');
      expect(warnings[0]!.code).toBe('template-unknown-filter');
    });
  });

  describe('built-ins and namespaces', () => {
    it('reads lastUserMessage, lastError, language and conversationId from the built-ins', () => {
      const { scope: s } = scope(
        {},
        { builtins: { lastUserMessage: 'hi', lastError: 'Timeout', language: 'nl', conversationId: 'c1' } },
      );
      expect(renderTemplate('{lastUserMessage}|{lastError}|{language}|{conversationId}', s)).toBe(
        'hi|Timeout|nl|c1',
      );
    });
    it('reads internal.* from the session', () => {
      const { scope: s } = scope({ internal: { currentDialogstate: { id: 'welcome' } } });
      expect(renderTemplate('{internal.currentDialogstate.id}', s)).toBe('welcome');
    });
    it('renders secrets as «secret» unless revealed', () => {
      const secret = (n: string) => (n === 'token' ? 's3cr3t' : undefined);
      expect(renderTemplate('Bearer {secrets.token}', scope({}, { secret }).scope)).toBe('Bearer «secret»');
      const revealed: string[] = [];
      const s = scope({}, { secret, secrets: 'reveal', onSecret: (v) => revealed.push(v) }).scope;
      expect(renderTemplate('Bearer {secrets.token}', s)).toBe('Bearer s3cr3t');
      expect(revealed).toEqual(['s3cr3t']);
    });
    it('warns about a secret that is not set', () => {
      const { scope: s, warnings } = scope({}, { secret: () => undefined, secrets: 'reveal' });
      expect(renderTemplate('{secrets.nope}', s)).toBe('');
      expect(warnings[0]!.code).toBe('template-missing-secret');
    });
  });

  describe('renderJson (JSON contexts)', () => {
    it('keeps the JSON type of a string that is exactly one {path}', () => {
      const { scope: s } = scope({ n: 3, flags: [true], o: { a: 1 } });
      expect(renderJson({ n: '{n}', f: '{flags}', o: '{ o }', t: 'n={n}' }, s)).toEqual({
        n: 3,
        f: [true],
        o: { a: 1 },
        t: 'n=3',
      });
    });
    it('applies filters and keeps the type: {n|increment} stays a number', () => {
      expect(renderJson('{n|increment}', scope({ n: 1 }).scope)).toBe(2);
    });
    it('renders a missing exact value as the empty string', () => {
      const { scope: s, warnings } = scope({});
      expect(renderJson({ a: '{missing}' }, s)).toEqual({ a: '' });
      expect(warnings).toHaveLength(1);
    });
    it('replaces { "$block": id } by the id when asked', () => {
      const { scope: s } = scope({});
      expect(
        renderJson({ back: { $block: 'confirm' }, list: [{ $block: 'x' }] }, s, { blockValues: true }),
      ).toEqual({ back: 'confirm', list: ['x'] });
      expect(renderJson({ back: { $block: 'confirm' } }, s)).toEqual({ back: { $block: 'confirm' } });
    });
    it('copies session values so that later writes do not alias them', () => {
      const session = { o: { a: 1 } };
      const out = renderJson('{o}', scope(session).scope) as { a: number };
      out.a = 2;
      expect(session.o.a).toBe(1);
    });
  });

  it('templateVariables lists the distinct paths in order, ignoring escapes', () => {
    expect(templateVariables('{a.b} \\{c} {d[0].e|toUpperCase} {a.b} {secrets.t}')).toEqual([
      'a.b',
      'd[0].e',
      'secrets.t',
    ]);
  });
});
