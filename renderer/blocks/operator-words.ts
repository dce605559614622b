// Go To operators in words, as designers read them ("is greater than", not gt), and which compare numbers.
import type { ComparisonOp } from '../../engine/model';

export const OPERATOR_WORDS: Record<ComparisonOp, string> = {
  eq: 'equals',
  ne: 'does not equal',
  gt: 'is greater than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  matches: 'matches the pattern',
  exists: 'exists',
  notExists: 'does not exist',
  empty: 'is empty',
  notEmpty: 'is not empty',
};

/** Operators that order numbers: their value is typed and stored as a JSON number. */
export const NUMERIC_OPS: readonly ComparisonOp[] = ['gt', 'gte', 'lt', 'lte'];
