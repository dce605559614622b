// One conversation test, readable and editable: its steps as sentences ("User says", "Bot says …"), each
// a kind and a value; add, remove and move steps. Every change is one undoable setTest command; a value
// the file would refuse stays in its field with the schema's reason.
import { useState } from 'react';
import type { ConversationTest } from '../../engine/model';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import {
  isTextKind,
  newStep,
  parseStep,
  STEP_KINDS,
  stepKind,
  stepSentence,
  stepValue,
  type StepKind,
} from './test-steps';

const KINDS = Object.keys(STEP_KINDS) as StepKind[];

export function TestStepEditor({ test, index }: { test: ConversationTest; index: number }) {
  const commit = useCommit();
  const [adding, setAdding] = useState<StepKind>('user');
  const save = (steps: ConversationTest['steps'], label: string) =>
    commit([{ type: 'setTest', index, test: { ...test, steps } }], `${label} in test "${test.name}"`);
  const replace = (i: number, step: ConversationTest['steps'][number], label: string) =>
    save(
      test.steps.map((s, j) => (j === i ? step : s)),
      label,
    );
  const move = (i: number, by: -1 | 1) => {
    const steps = [...test.steps];
    const [step] = steps.splice(i, 1);
    steps.splice(i + by, 0, step!);
    save(steps, 'Move step');
  };

  return (
    <section className="test-editor" aria-label={`Steps of test ${test.name}`} data-testid="test-editor">
      <ol className="test-steps">
        {test.steps.map((step, i) => {
          const kind = stepKind(step);
          return (
            <li
              key={`${i}-${kind}`}
              className="test-step"
              data-testid="test-step"
              aria-label={stepSentence(step)}
            >
              <div className="row">
                <select
                  aria-label={`Step ${i + 1} kind`}
                  value={kind}
                  onChange={(e) => replace(i, newStep(e.target.value as StepKind), 'Change step kind')}
                  data-testid="test-step-kind"
                >
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {STEP_KINDS[k]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Move step ${i + 1} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Move step ${i + 1} down`}
                  disabled={i === test.steps.length - 1}
                  onClick={() => move(i, 1)}
                >
                  Down
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove step ${i + 1}`}
                  onClick={() =>
                    save(
                      test.steps.filter((_, j) => j !== i),
                      'Remove step',
                    )
                  }
                  data-testid="test-step-remove"
                >
                  Remove
                </button>
              </div>
              {kind !== 'expectEnd' && (
                <TextField
                  label={isTextKind(kind) ? STEP_KINDS[kind] : `${STEP_KINDS[kind]} (JSON)`}
                  value={stepValue(step)}
                  validate={(text) => {
                    const parsed = parseStep(kind, text);
                    return parsed.ok ? undefined : parsed.error;
                  }}
                  onCommit={(text) => {
                    const parsed = parseStep(kind, text);
                    return parsed.ok ? replace(i, parsed.step, 'Edit step') : parsed.error;
                  }}
                  testId="test-step-value"
                />
              )}
            </li>
          );
        })}
      </ol>
      <div className="row">
        <select
          aria-label="Kind of the new step"
          value={adding}
          onChange={(e) => setAdding(e.target.value as StepKind)}
          data-testid="test-step-new-kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {STEP_KINDS[k]}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => save([...test.steps, newStep(adding)], 'Add step')}
          data-testid="test-step-add"
        >
          Add step
        </button>
      </div>
    </section>
  );
}
