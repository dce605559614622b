// Evaluates a parsed expression (docs/expressions.md#values). Variables are read through the template's own lookup
// (secrets and built-ins included); a failing function or operator throws an EvaluationError that the renderer turns
// into a warning.
import { applyFilter, isFilterName, valueText } from '../filters';
import type { Expr } from './ast';
import { expressionFunction, type FunctionEnv } from './functions';
import { EvaluationError, toNumber } from './values';

export interface EvaluationEnv extends FunctionEnv {
  /** A variable's value (session path, built-in or secret), undefined when missing. */
  read(path: string): unknown;
}

const numeric = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : null;
};

function arithmetic(op: string, a: unknown, b: unknown): unknown {
  if (op === '+') {
    // Numbers (or numeric texts) add up; anything else joins as text.
    const x = numeric(a);
    const y = numeric(b);
    return x !== null && y !== null ? x + y : valueText(a) + valueText(b);
  }
  const x = toNumber(a, `"${op}"`);
  const y = toNumber(b, `"${op}"`);
  if ((op === '/' || op === '%') && y === 0) throw new EvaluationError(`division by zero in "${op}"`);
  return op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : x % y;
}

export function evaluateExpression(expr: Expr, env: EvaluationEnv): unknown {
  switch (expr.kind) {
    case 'number':
    case 'string':
      return expr.value;
    case 'var':
      return env.read(expr.path);
    case 'list':
      return expr.items.map((e) => evaluateExpression(e, env));
    case 'negate':
      return -toNumber(evaluateExpression(expr.operand, env), '"-"');
    case 'binary':
      return arithmetic(expr.op, evaluateExpression(expr.left, env), evaluateExpression(expr.right, env));
    case 'call': {
      const f = expressionFunction(expr.name);
      if (!f) throw new EvaluationError(`unknown function "${expr.name}"`);
      return f.run(
        expr.args.map((a) => evaluateExpression(a, env)),
        env,
      );
    }
    case 'filter': {
      const value = evaluateExpression(expr.operand, env);
      if (!isFilterName(expr.name)) throw new EvaluationError(`unknown filter "${expr.name}"`);
      const result = applyFilter(expr.name, value);
      if (!result.ok) throw new EvaluationError(result.message);
      return result.value;
    }
  }
}
