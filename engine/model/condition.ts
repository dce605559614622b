// Go To conditions (docs/file-format.md#conditions): all/any/not trees over variable comparisons.
import { z } from 'zod';
import { Json, VariablePath } from './ids';

export const COMPARISON_OPS = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'matches',
  'exists',
  'notExists',
  'empty',
  'notEmpty',
] as const;
export const ComparisonOp = z.enum(COMPARISON_OPS);
export type ComparisonOp = z.infer<typeof ComparisonOp>;
/** Operators that take no `value`. */
export const UNARY_OPS: readonly ComparisonOp[] = ['exists', 'notExists', 'empty', 'notEmpty'];

/** Operators that ignore case unless `caseSensitive` is true; the others respect case unless it is false. */
export const CASE_INSENSITIVE_OPS: readonly ComparisonOp[] = [
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
];
/** Operators on which `caseSensitive` has an effect. */
export const CASE_OPS: readonly ComparisonOp[] = ['eq', 'ne', ...CASE_INSENSITIVE_OPS, 'matches'];
/** The longest `matches` pattern accepted: longer ones are refused rather than risk a runaway match. */
export const MAX_PATTERN_LENGTH = 200;

export const Comparison = z.strictObject({
  var: VariablePath,
  op: ComparisonOp,
  value: Json.optional(),
  /** Whether case counts (docs/file-format.md#conditions); absent: the operator's default (caseSensitiveByDefault). */
  caseSensitive: z.boolean().optional(),
});
export type Comparison = z.infer<typeof Comparison>;

/** Whether the comparison respects case: its switch, else the operator's default (as Chatlayer: case-sensitive). */
export const isCaseSensitive = (c: Comparison): boolean =>
  c.caseSensitive ?? !CASE_INSENSITIVE_OPS.includes(c.op);

export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    Comparison,
    z.strictObject({ all: z.array(Condition) }),
    z.strictObject({ any: z.array(Condition) }),
    z.strictObject({ not: Condition }),
  ]),
);
