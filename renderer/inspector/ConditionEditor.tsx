// A Go To rule's condition: a comparison edited field by field (operators in words, a number input where the
// operator orders numbers, its case-sensitive switch and the case rule of its operator in one line); all/any/not
// trees edited as JSON.
import {
  CASE_INSENSITIVE_OPS,
  CASE_OPS,
  COMPARISON_OPS,
  MAX_PATTERN_LENGTH,
  UNARY_OPS,
  isCaseSensitive,
  type Comparison,
  type ComparisonOp,
  type Condition,
  type Json,
} from '../../engine/model';
import { NUMERIC_OPS, OPERATOR_WORDS } from '../blocks/operator-words';
import { JsonField } from './fields/JsonField';
import { CheckField, NumberField, SelectField } from './fields/SmallFields';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';

const isComparison = (c: Condition): c is Comparison => 'var' in c;
const OPERATOR_OPTIONS = COMPARISON_OPS.map((op) => ({ value: op, label: OPERATOR_WORDS[op] }));

/** A value that reads as a number ('18', ' 2.5 ', 18), else undefined. */
function numberOf(value: Json | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** The value kept when the operator becomes `op`: a number for the ordering operators when it reads as one. */
function valueFor(op: ComparisonOp, value: Json | undefined): Json {
  if (!NUMERIC_OPS.includes(op)) return value ?? '';
  if (value === undefined || value === '') return 0;
  return numberOf(value) ?? value;
}

/** Whether the value is edited as a number: an ordering operator and a value that is a number (not a template). */
const numericValue = (c: Comparison): boolean =>
  NUMERIC_OPS.includes(c.op) && (c.value === undefined || numberOf(c.value) !== undefined);

/** The case rule of an operator, in words (docs/file-format.md#conditions). */
export function caseRule(c: Comparison): string {
  const on = isCaseSensitive(c);
  const op = OPERATOR_WORDS[c.op];
  if (CASE_INSENSITIVE_OPS.includes(c.op))
    return on
      ? `${op} respects case here ("Ann" does not contain "ann").`
      : `${op} ignores case unless Case-sensitive is on ("Ann Smith" contains "smith"). Chatlayer does not document this operator's case rule.`;
  const rule = on
    ? `${op} respects case, as Chatlayer's conditions do by default.`
    : `${op} ignores case here, like Chatlayer's case-insensitive operators.`;
  return c.op === 'matches'
    ? `${rule} The value is a regular expression (or /pattern/flags), at most ${MAX_PATTERN_LENGTH} characters, without nested repetition such as (a+)+.`
    : rule;
}

export function ConditionEditor({
  when,
  onCommit,
  testId,
}: {
  when: Condition;
  onCommit(c: Condition): string | undefined;
  testId: string;
}) {
  if (!isComparison(when))
    return (
      <JsonField
        label="Condition (all / any / not)"
        object
        value={when as unknown as Json}
        onCommit={(v) =>
          v === undefined ? 'A rule needs a condition.' : onCommit(v as unknown as Condition)
        }
      />
    );
  const unary = UNARY_OPS.includes(when.op);
  const cased = CASE_OPS.includes(when.op);
  const setCase = (on: boolean) => {
    const { caseSensitive: _, ...rest } = when;
    // The default is left out of the file, so that the switch only shows up where it was changed.
    return onCommit(on === isCaseSensitive(rest) ? rest : { ...rest, caseSensitive: on });
  };
  return (
    <>
      <div className="field-row">
        <TextField
          label="Variable"
          value={when.var}
          list="variable-names"
          testId={`${testId}-var`}
          onCommit={(v) => onCommit({ ...when, var: v })}
        />
        <SelectField
          label="Is"
          value={when.op}
          options={OPERATOR_OPTIONS}
          testId={`${testId}-op`}
          onCommit={(op: ComparisonOp) =>
            onCommit(
              UNARY_OPS.includes(op)
                ? { var: when.var, op }
                : {
                    var: when.var,
                    op,
                    value: valueFor(op, when.value),
                    ...(CASE_OPS.includes(op) && when.caseSensitive !== undefined
                      ? { caseSensitive: when.caseSensitive }
                      : {}),
                  },
            )
          }
        />
        {!unary && numericValue(when) && (
          <NumberField
            label="Value"
            value={numberOf(when.value)}
            testId={`${testId}-value`}
            onCommit={(n) =>
              n === undefined ? 'Enter a number to compare with.' : onCommit({ ...when, value: n })
            }
          />
        )}
        {!unary && !numericValue(when) && (
          <TemplateField
            label="Value"
            value={typeof when.value === 'string' ? when.value : JSON.stringify(when.value ?? '')}
            testId={`${testId}-value`}
            onCommit={(text) => onCommit({ ...when, value: text })}
          />
        )}
      </div>
      {cased && (
        <>
          <CheckField
            label="Case-sensitive"
            value={isCaseSensitive(when)}
            onCommit={setCase}
            testId={`${testId}-case`}
          />
          <p className="muted small" data-testid={`${testId}-case-rule`}>
            {caseRule(when)}
          </p>
        </>
      )}
    </>
  );
}
