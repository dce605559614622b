import { describe, expect, it } from 'vitest';
import { isCaseSensitive, type Comparison, type Json } from '../../../engine/model';
import { evaluateCondition } from '../../../engine/runtime';

const session: Record<string, Json> = { name: 'Ann Smith', tags: ['VIP'], code: 'AB-12' };
const warnings: string[] = [];
const hooks = {
  read: (path: string) => session[path],
  render: (v: Json) => v,
  warn: (_code: string, message: string) => warnings.push(message),
};
const holds = (c: Comparison) => evaluateCondition(c, hooks);

describe('the case-sensitive switch of comparisons (docs/file-format.md#conditions)', () => {
  it('defaults as Chatlayer: eq, ne and matches respect case; contains, startsWith, endsWith ignore it', () => {
    expect(isCaseSensitive({ var: 'a', op: 'eq' })).toBe(true);
    expect(isCaseSensitive({ var: 'a', op: 'matches' })).toBe(true);
    expect(isCaseSensitive({ var: 'a', op: 'contains' })).toBe(false);
    expect(holds({ var: 'name', op: 'eq', value: 'ann smith' })).toBe(false);
    expect(holds({ var: 'name', op: 'contains', value: 'SMITH' })).toBe(true);
    expect(holds({ var: 'name', op: 'matches', value: '^ann' })).toBe(false);
  });

  it('caseSensitive: false makes eq, ne and matches ignore case', () => {
    expect(holds({ var: 'name', op: 'eq', value: 'ann smith', caseSensitive: false })).toBe(true);
    expect(holds({ var: 'name', op: 'ne', value: 'ANN SMITH', caseSensitive: false })).toBe(false);
    expect(holds({ var: 'name', op: 'matches', value: '^ann', caseSensitive: false })).toBe(true);
  });

  it('caseSensitive: true makes contains, notContains, startsWith and endsWith respect case', () => {
    expect(holds({ var: 'name', op: 'contains', value: 'smith', caseSensitive: true })).toBe(false);
    expect(holds({ var: 'name', op: 'contains', value: 'Smith', caseSensitive: true })).toBe(true);
    expect(holds({ var: 'name', op: 'notContains', value: 'smith', caseSensitive: true })).toBe(true);
    expect(holds({ var: 'name', op: 'startsWith', value: 'ann', caseSensitive: true })).toBe(false);
    expect(holds({ var: 'name', op: 'endsWith', value: 'Smith', caseSensitive: true })).toBe(true);
    expect(holds({ var: 'tags', op: 'contains', value: 'vip', caseSensitive: true })).toBe(false);
    expect(holds({ var: 'tags', op: 'contains', value: 'vip' })).toBe(true);
  });

  it('matches tests a regular expression, /pattern/flags included', () => {
    expect(holds({ var: 'code', op: 'matches', value: '^[A-Z]{2}-\\d+$' })).toBe(true);
    expect(holds({ var: 'code', op: 'matches', value: '/^ab-/i' })).toBe(true);
  });

  it('matches refuses, with a warning, a pattern with nested repetition or over the length cap', () => {
    warnings.length = 0;
    expect(holds({ var: 'code', op: 'matches', value: '^(A+)+$' })).toBe(false);
    expect(holds({ var: 'code', op: 'matches', value: 'A'.repeat(201) })).toBe(false);
    expect(warnings).toEqual([
      expect.stringMatching(/repeats something that repeats itself/),
      expect.stringMatching(/at most 200 are allowed/),
    ]);
  });
});
