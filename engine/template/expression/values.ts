// Conversions the expression functions share (docs/expressions.md#values): numbers from numeric text, lists, and the
// error a function throws when an argument has the wrong kind.
import { valueText } from '../filters';

export class EvaluationError extends Error {}

export function toNumber(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    if (Number.isFinite(n)) return n;
  }
  throw new EvaluationError(`${what} needs a number, got ${describe(value)}`);
}

/** A list; a missing value or '' is the empty list (a list variable that was never set). */
export function toList(value: unknown, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === '') return [];
  throw new EvaluationError(`${what} needs a list, got ${describe(value)}`);
}

export function toText(value: unknown): string {
  return valueText(value);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the value is not set)';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? json.slice(0, 37) + '…' : json;
}
