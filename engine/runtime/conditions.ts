// Go To conditions (docs/file-format.md#conditions): all/any/not trees and the comparison operators. Numbers compare
// numerically when both sides parse; strings case-sensitively, except contains/startsWith/endsWith, unless the
// comparison's `caseSensitive` switch says otherwise.
import { isCaseSensitive, patternProblem, type Comparison, type Condition, type Json } from '../model';
import { valueText } from '../template';

/** A number when the value is one or a string that reads as one ('12', ' 1.5 ', '-3e2'); else null. */
export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** A value's text, lower-cased when case does not count. */
const textOf = (value: unknown, cased: boolean): string =>
  cased ? valueText(value) : valueText(value).toLowerCase();

function equals(left: unknown, right: unknown, cased: boolean): boolean {
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== null && b !== null) return a === b;
  return textOf(left, cased) === textOf(right, cased);
}

function order(left: unknown, right: unknown): number | null {
  if (left === undefined || left === null) return null;
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== null && b !== null) return a - b;
  const x = valueText(left);
  const y = valueText(right);
  return x < y ? -1 : x > y ? 1 : 0;
}

function contains(left: unknown, right: unknown, cased: boolean): boolean {
  const needle = textOf(right, cased);
  if (Array.isArray(left)) return left.some((item) => textOf(item, cased) === needle);
  if (left === undefined || left === null) return false;
  return textOf(left, cased).includes(needle);
}

/** `/pattern/flags` or a bare pattern; `i` added when case does not count. Invalid or unsafe patterns throw. */
function regexOf(value: unknown, cased: boolean): RegExp {
  const text = valueText(value);
  const literal = /^\/(.*)\/([dgimsuy]*)$/s.exec(text);
  const pattern = literal ? literal[1]! : text;
  const flags = literal ? literal[2]!.replace('g', '') : '';
  const problem = patternProblem(pattern, flags);
  if (problem) throw new Error(problem);
  return new RegExp(pattern, cased || flags.includes('i') ? flags : flags + 'i');
}

export interface ConditionHooks {
  /** The value of a variable (session path or built-in), undefined when missing. */
  read(path: string): unknown;
  /** Renders a comparison value (a template string keeps its type when it is one `{path}`). */
  render(value: Json): Json;
  /** Reports a problem (an invalid pattern); the comparison is then false. */
  warn(code: string, message: string, path: string): void;
}

function compare(c: Comparison, hooks: ConditionHooks): boolean {
  const left = hooks.read(c.var);
  const right = c.value === undefined ? undefined : hooks.render(c.value);
  const cased = isCaseSensitive(c);
  const present = left !== undefined && left !== null;
  switch (c.op) {
    case 'eq':
      return equals(left, right, cased);
    case 'ne':
      return !equals(left, right, cased);
    case 'gt':
      return (order(left, right) ?? -1) > 0;
    case 'gte':
      return (order(left, right) ?? -1) >= 0;
    case 'lt':
      return (order(left, right) ?? 1) < 0;
    case 'lte':
      return (order(left, right) ?? 1) <= 0;
    case 'contains':
      return contains(left, right, cased);
    case 'notContains':
      return !contains(left, right, cased);
    case 'startsWith':
      return present && textOf(left, cased).startsWith(textOf(right, cased));
    case 'endsWith':
      return present && textOf(left, cased).endsWith(textOf(right, cased));
    case 'matches':
      if (!present) return false;
      try {
        return regexOf(right, cased).test(valueText(left));
      } catch (e) {
        hooks.warn(
          'invalid-pattern',
          `"${valueText(right)}" is not a valid regular expression: ${(e as Error).message}`,
          c.var,
        );
        return false;
      }
    case 'exists':
      return left !== undefined && left !== null;
    case 'notExists':
      return left === undefined || left === null;
    case 'empty':
      return isEmpty(left);
    case 'notEmpty':
      return !isEmpty(left);
  }
}

/** Whether a condition holds. */
export function evaluateCondition(condition: Condition, hooks: ConditionHooks): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, hooks));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, hooks));
  if ('not' in condition) return !evaluateCondition(condition.not, hooks);
  return compare(condition, hooks);
}
