import { describe, expect, it } from 'vitest';
import type { Condition, Json } from '../../../engine/model';
import { evaluateCondition } from '../../../engine/runtime';
import { converse, project, text, texts } from './fixtures';

const session: Record<string, Json> = {
  total: 42,
  totalText: '42',
  name: 'Ann Smith',
  tags: ['VIP', 'new'],
  empty: '',
  none: null,
  list: [],
  obj: {},
  limits: { max: 100 },
  ten: '10',
  nine: '9',
};
const warnings: string[] = [];
const hooks = {
  read: (path: string) =>
    path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], session),
  render: (v: Json) => (v === '{limits.max}' ? 100 : v),
  warn: (code: string) => warnings.push(code),
};
const holds = (c: Condition) => evaluateCondition(c, hooks);
const cmp = (v: string, op: string, value?: Json) => holds({ var: v, op, value } as Condition);

describe('Go To conditions', () => {
  it('eq compares numbers numerically when both sides parse', () => {
    expect(cmp('total', 'eq', '42.0')).toBe(true);
    expect(cmp('totalText', 'eq', 42)).toBe(true);
  });
  it('eq compares strings case-sensitively', () => {
    expect(cmp('name', 'eq', 'Ann Smith')).toBe(true);
    expect(cmp('name', 'eq', 'ann smith')).toBe(false);
  });
  it('ne is the negation of eq', () => {
    expect(cmp('name', 'ne', 'ann smith')).toBe(true);
    expect(cmp('total', 'ne', '42')).toBe(false);
  });
  it('gt and gte compare numbers numerically ("10" > "9")', () => {
    expect(cmp('ten', 'gt', '9')).toBe(true);
    expect(cmp('ten', 'gte', 10)).toBe(true);
    expect(cmp('nine', 'gt', '10')).toBe(false);
  });
  it('lt and lte compare numbers numerically', () => {
    expect(cmp('nine', 'lt', '10')).toBe(true);
    expect(cmp('total', 'lte', 42)).toBe(true);
    expect(cmp('total', 'lt', 42)).toBe(false);
  });
  it('gt/lt compare strings when a side is not a number', () => {
    expect(cmp('name', 'gt', 'Aaron')).toBe(true);
    expect(cmp('name', 'lt', 'Bob')).toBe(true);
  });
  it('ordering comparisons of a missing variable are false', () => {
    expect(cmp('missing', 'gt', 1)).toBe(false);
    expect(cmp('missing', 'lt', 1)).toBe(false);
  });
  it('contains ignores case, on strings and on array items', () => {
    expect(cmp('name', 'contains', 'SMITH')).toBe(true);
    expect(cmp('tags', 'contains', 'vip')).toBe(true);
    expect(cmp('tags', 'contains', 'vi')).toBe(false);
  });
  it('notContains is the negation of contains (true for a missing variable)', () => {
    expect(cmp('name', 'notContains', 'smith')).toBe(false);
    expect(cmp('missing', 'notContains', 'x')).toBe(true);
  });
  it('startsWith and endsWith ignore case', () => {
    expect(cmp('name', 'startsWith', 'ann')).toBe(true);
    expect(cmp('name', 'endsWith', 'SMITH')).toBe(true);
    expect(cmp('name', 'startsWith', 'Smith')).toBe(false);
  });
  it('matches tests a regular expression, with /pattern/flags too', () => {
    expect(cmp('name', 'matches', '^Ann')).toBe(true);
    expect(cmp('name', 'matches', '^ann')).toBe(false);
    expect(cmp('name', 'matches', '/^ann/i')).toBe(true);
  });
  it('matches with an invalid pattern is false and warns', () => {
    expect(cmp('name', 'matches', '(')).toBe(false);
    expect(warnings).toContain('invalid-pattern');
  });
  it('exists and notExists (null counts as not existing)', () => {
    expect(cmp('total', 'exists')).toBe(true);
    expect(cmp('empty', 'exists')).toBe(true);
    expect(cmp('none', 'exists')).toBe(false);
    expect(cmp('missing', 'notExists')).toBe(true);
  });
  it('empty and notEmpty: missing, null, "", [] and {} are empty', () => {
    for (const v of ['missing', 'none', 'empty', 'list', 'obj'])
      expect([v, cmp(v, 'empty')]).toEqual([v, true]);
    expect(cmp('tags', 'notEmpty')).toBe(true);
    expect(cmp('total', 'empty')).toBe(false);
  });
  it('the value may be a template, rendered before comparing', () => {
    expect(cmp('total', 'lt', '{limits.max}')).toBe(true);
  });
  it('all holds when every condition holds', () => {
    expect(
      holds({
        all: [
          { var: 'total', op: 'gt', value: 1 },
          { var: 'name', op: 'exists' },
        ],
      }),
    ).toBe(true);
    expect(
      holds({
        all: [
          { var: 'total', op: 'gt', value: 1 },
          { var: 'missing', op: 'exists' },
        ],
      }),
    ).toBe(false);
  });
  it('any holds when one condition holds', () => {
    expect(
      holds({
        any: [
          { var: 'missing', op: 'exists' },
          { var: 'name', op: 'exists' },
        ],
      }),
    ).toBe(true);
    expect(holds({ any: [] })).toBe(false);
  });
  it('not negates', () => {
    expect(holds({ not: { var: 'missing', op: 'exists' } })).toBe(true);
  });
});

describe('Go To block', () => {
  const router = project([
    {
      id: 'route',
      type: 'goto',
      rules: [
        { when: { var: 'order.total', op: 'gte', value: '{limits.vip}' }, goTo: 'vip' },
        { when: { var: 'lastUserMessage', op: 'eq', value: '' }, goTo: 'standard' },
      ],
      else: 'other',
    },
    { id: 'vip', type: 'message', messages: [text('vip')] },
    { id: 'standard', type: 'message', messages: [text('standard')] },
    { id: 'other', type: 'message', messages: [text('other')] },
  ]);

  it('the first rule that holds wins, with templated values', async () => {
    const c = converse(router, { session: { order: { total: '150' }, limits: { vip: 100 } } });
    expect(texts((await c.start()).messages)).toEqual(['vip']);
  });
  it('rules read built-ins like lastUserMessage', async () => {
    const c = converse(router, { session: { order: { total: 1 }, limits: { vip: 100 } } });
    expect(texts((await c.start()).messages)).toEqual(['standard']);
  });
  it('a block whose rules all fail and has no else reports goto-no-match and ends', async () => {
    const c = converse(
      project([{ id: 'r', type: 'goto', rules: [{ when: { var: 'x', op: 'exists' }, goTo: 'r' }] }]),
    );
    const turn = await c.start();
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'goto-no-match' }));
    expect(turn.ended).toBe(true);
  });
});
