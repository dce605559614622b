// Public surface of the expression syntax (docs/expressions.md).
export {
  expressionCalls,
  expressionVariables,
  type BinaryOp,
  type Expr,
  type ExpressionProblem,
} from './ast';
export { evaluateExpression, type EvaluationEnv } from './evaluate';
export {
  EXPRESSION_FUNCTIONS,
  expressionFunction,
  type ExpressionFunction,
  type FunctionCategory,
} from './functions';
export {
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  type ParsedExpression,
} from './parse-expression';
export { EvaluationError } from './values';
