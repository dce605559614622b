// Go To conditions as logic: walking their comparisons, and deciding whether a set of rules always
// matches (then no `else` is needed). Comparisons are atoms; `ne`, `notExists`, `notEmpty` and
// `notContains` are the negations of `eq`, `exists`, `empty` and `contains` on the same variable and
// value. Numeric operators are not paired: with a missing variable both `gt` and `lte` are false.
import type { Comparison, Condition } from '../model';

export function forEachComparison(
  condition: Condition,
  path: (string | number)[],
  visit: (c: Comparison, path: (string | number)[]) => void,
): void {
  if ('all' in condition) condition.all.forEach((c, i) => forEachComparison(c, [...path, 'all', i], visit));
  else if ('any' in condition)
    condition.any.forEach((c, i) => forEachComparison(c, [...path, 'any', i], visit));
  else if ('not' in condition) forEachComparison(condition.not, [...path, 'not'], visit);
  else visit(condition, path);
}

const NEGATION: Partial<Record<Comparison['op'], Comparison['op']>> = {
  ne: 'eq',
  notExists: 'exists',
  notEmpty: 'empty',
  notContains: 'contains',
};
/** Above this many distinct atoms the truth table is not tried and the rules are taken to be able to fail. */
const MAX_ATOMS = 12;

type Formula =
  { atom: number; negated: boolean } | { all: Formula[] } | { any: Formula[] } | { not: Formula };

function toFormula(c: Condition, atoms: Map<string, number>): Formula {
  if ('all' in c) return { all: c.all.map((x) => toFormula(x, atoms)) };
  if ('any' in c) return { any: c.any.map((x) => toFormula(x, atoms)) };
  if ('not' in c) return { not: toFormula(c.not, atoms) };
  const base = NEGATION[c.op];
  const key = `${c.var}\u0000${base ?? c.op}\u0000${JSON.stringify(c.value ?? null)}`;
  if (!atoms.has(key)) atoms.set(key, atoms.size);
  return { atom: atoms.get(key)!, negated: base !== undefined };
}

function evaluate(f: Formula, bits: number): boolean {
  if ('atom' in f) return ((bits >> f.atom) & 1) === 1 ? !f.negated : f.negated;
  if ('all' in f) return f.all.every((x) => evaluate(x, bits));
  if ('any' in f) return f.any.some((x) => evaluate(x, bits));
  return !evaluate(f.not, bits);
}

/** True unless some rule holds in every possible session (then the rules cannot all fail). */
export function rulesCanAllFail(conditions: readonly Condition[]): boolean {
  if (conditions.length === 0) return true;
  const atoms = new Map<string, number>();
  const either: Formula = { any: conditions.map((c) => toFormula(c, atoms)) };
  if (atoms.size > MAX_ATOMS) return true;
  for (let bits = 0; bits < 1 << atoms.size; bits++) if (!evaluate(either, bits)) return true;
  return false;
}
