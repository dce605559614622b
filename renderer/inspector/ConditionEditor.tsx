// A Go To rule's condition: a comparison edited field by field (with its case-sensitive switch and the case rule of its
// operator in one line); all/any/not trees edited as JSON.
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
import { JsonField } from './fields/JsonField';
import { CheckField, SelectField } from './fields/SmallFields';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';

const isComparison = (c: Condition): c is Comparison => 'var' in c;

/** The case rule of an operator, in words (docs/file-format.md#conditions). */
export function caseRule(c: Comparison): string {
  const on = isCaseSensitive(c);
  if (CASE_INSENSITIVE_OPS.includes(c.op))
    return on
      ? `${c.op} respects case here ("Ann" does not contain "ann").`
      : `${c.op} ignores case unless Case-sensitive is on ("Ann Smith" contains "smith"). Chatlayer does not document this operator's case rule.`;
  const rule = on
    ? `${c.op} respects case, as Chatlayer's conditions do by default.`
    : `${c.op} ignores case here, like Chatlayer's case-insensitive operators.`;
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
          options={COMPARISON_OPS}
          testId={`${testId}-op`}
          onCommit={(op: ComparisonOp) =>
            onCommit(
              UNARY_OPS.includes(op)
                ? { var: when.var, op }
                : {
                    var: when.var,
                    op,
                    value: when.value ?? '',
                    ...(CASE_OPS.includes(op) && when.caseSensitive !== undefined
                      ? { caseSensitive: when.caseSensitive }
                      : {}),
                  },
            )
          }
        />
        {!unary && (
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
