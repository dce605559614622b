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

export const Comparison = z.strictObject({ var: VariablePath, op: ComparisonOp, value: Json.optional() });
export type Comparison = z.infer<typeof Comparison>;

export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    Comparison,
    z.strictObject({ all: z.array(Condition) }),
    z.strictObject({ any: z.array(Condition) }),
    z.strictObject({ not: Condition }),
  ]),
);
