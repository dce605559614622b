// Go To conditions (docs/file-format.md#conditions): all/any/not trees and the comparison operators. Numbers compare
// numerically when both sides parse; strings case-sensitively, except contains/startsWith/endsWith.
import type { Comparison, Condition, Json } from '../model';
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

function equals(left: unknown, right: unknown): boolean {
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== null && b !== null) return a === b;
  return valueText(left) === valueText(right);
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

function contains(left: unknown, right: unknown): boolean {
  const needle = valueText(right).toLowerCase();
  if (Array.isArray(left)) return left.some((item) => valueText(item).toLowerCase() === needle);
  if (left === undefined || left === null) return false;
  return valueText(left).toLowerCase().includes(needle);
}

/** `/pattern/flags` or a bare pattern. Invalid patterns throw. */
function regexOf(value: unknown): RegExp {
  const text = valueText(value);
  const literal = /^\/(.*)\/([dgimsuy]*)$/s.exec(text);
  return literal ? new RegExp(literal[1]!, literal[2]!.replace('g', '')) : new RegExp(text);
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
  switch (c.op) {
    case 'eq':
      return equals(left, right);
    case 'ne':
      return !equals(left, right);
    case 'gt':
      return (order(left, right) ?? -1) > 0;
    case 'gte':
      return (order(left, right) ?? -1) >= 0;
    case 'lt':
      return (order(left, right) ?? 1) < 0;
    case 'lte':
      return (order(left, right) ?? 1) <= 0;
    case 'contains':
      return contains(left, right);
    case 'notContains':
      return !contains(left, right);
    case 'startsWith':
      return (
        left !== undefined &&
        left !== null &&
        valueText(left).toLowerCase().startsWith(valueText(right).toLowerCase())
      );
    case 'endsWith':
      return (
        left !== undefined &&
        left !== null &&
        valueText(left).toLowerCase().endsWith(valueText(right).toLowerCase())
      );
    case 'matches':
      if (left === undefined || left === null) return false;
      try {
        return regexOf(right).test(valueText(left));
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
