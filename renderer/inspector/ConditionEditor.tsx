// A Go To rule's condition: a comparison edited field by field; all/any/not trees edited as JSON.
import {
  COMPARISON_OPS,
  UNARY_OPS,
  type Comparison,
  type ComparisonOp,
  type Condition,
  type Json,
} from '../../engine/model';
import { JsonField } from './fields/JsonField';
import { SelectField } from './fields/SmallFields';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';

const isComparison = (c: Condition): c is Comparison => 'var' in c;

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
  return (
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
          onCommit(UNARY_OPS.includes(op) ? { var: when.var, op } : { ...when, op, value: when.value ?? '' })
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
  );
}
