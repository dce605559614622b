// The expression syntax's tree (docs/expressions.md): what `{ABS(total - paid)}` parses to. Offsets are
// positions in the whole template text, so that errors and renames point into the field as written.
export type Expr =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'var'; path: string; start: number; end: number }
  | { kind: 'list'; items: Expr[]; start: number; end: number }
  | { kind: 'call'; name: string; args: Expr[]; start: number; end: number }
  | { kind: 'negate'; operand: Expr; start: number; end: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; start: number; end: number }
  | { kind: 'filter'; name: string; operand: Expr; start: number; end: number };

export type BinaryOp = '+' | '-' | '*' | '/' | '%';

/** A problem in an expression: what is wrong and where (offset in the template text). */
export interface ExpressionProblem {
  message: string;
  offset: number;
}

/** Every variable path an expression reads, in order. */
export function expressionVariables(expr: Expr, out: { path: string; start: number; end: number }[] = []) {
  switch (expr.kind) {
    case 'var':
      out.push({ path: expr.path, start: expr.start, end: expr.end });
      break;
    case 'list':
      expr.items.forEach((e) => expressionVariables(e, out));
      break;
    case 'call':
      expr.args.forEach((e) => expressionVariables(e, out));
      break;
    case 'negate':
    case 'filter':
      expressionVariables(expr.operand, out);
      break;
    case 'binary':
      expressionVariables(expr.left, out);
      expressionVariables(expr.right, out);
      break;
  }
  return out;
}

/** The names of the functions an expression calls, outermost first. */
export function expressionCalls(expr: Expr, out: string[] = []): string[] {
  if (expr.kind === 'call') out.push(expr.name);
  if (expr.kind === 'call') expr.args.forEach((e) => expressionCalls(e, out));
  else if (expr.kind === 'list') expr.items.forEach((e) => expressionCalls(e, out));
  else if (expr.kind === 'negate' || expr.kind === 'filter') expressionCalls(expr.operand, out);
  else if (expr.kind === 'binary') {
    expressionCalls(expr.left, out);
    expressionCalls(expr.right, out);
  }
  return out;
}
