// Go To conditions as the export writes them: comparisons with named operators, `and`/`or` groups and
// `not`. Chatlayer's builder documents one level of AND/OR and a few operators (docs/chatlayer.md#conditions), so
// anything beyond that is written all the same, with a warning.
import type { ComparisonOp, Condition } from '../../model';
import { toTextValue } from './entry-values';
import { DOCUMENTED_OPERATORS, OPERATOR_NAMES, type ChatlayerCondition } from './message-schema';

export interface ConditionReport {
  /** Operators used that Chatlayer does not document. */
  operators: Set<ComparisonOp>;
  negated: boolean;
  nested: boolean;
  /** A comparison sets its case-sensitive switch. */
  caseSwitch: boolean;
}

export const emptyConditionReport = (): ConditionReport => ({
  operators: new Set(),
  negated: false,
  nested: false,
  caseSwitch: false,
});

export function exportCondition(
  condition: Condition,
  report: ConditionReport,
  depth = 0,
): ChatlayerCondition {
  if ('all' in condition || 'any' in condition) {
    if (depth > 0) report.nested = true;
    const list = 'all' in condition ? condition.all : condition.any;
    return {
      operator: 'all' in condition ? 'and' : 'or',
      conditions: list.map((c) => exportCondition(c, report, depth + 1)),
    };
  }
  if ('not' in condition) {
    report.negated = true;
    return { operator: 'not', condition: exportCondition(condition.not, report, depth + 1) };
  }
  if (!DOCUMENTED_OPERATORS.includes(condition.op)) report.operators.add(condition.op);
  if (condition.caseSensitive !== undefined) report.caseSwitch = true;
  return {
    variable: condition.var,
    operator: OPERATOR_NAMES[condition.op],
    ...(condition.value !== undefined ? toTextValue(condition.value) : {}),
    ...(condition.caseSensitive !== undefined ? { caseSensitive: condition.caseSensitive } : {}),
  };
}

export function conditionWarnings(report: ConditionReport): string[] {
  const out: string[] = [];
  if (report.operators.size)
    out.push(
      `uses operators that Chatlayer does not document (${[...report.operators].map((op) => OPERATOR_NAMES[op]).join(', ')}); check them after the import.`,
    );
  if (report.negated) out.push('uses "not", which Chatlayer’s Go To has no documented form for.');
  if (report.nested) out.push('nests AND/OR groups, which Chatlayer’s Go To may not support.');
  if (report.caseSwitch)
    out.push(
      'sets the case-sensitive switch of a comparison, written as "caseSensitive" (Chatlayer documents the toggle, not its field): check it after the import.',
    );
  return out;
}
