// Variables set on one exit (docs/file-format.md#variables-set-on-transitions): an ordered list of
// `variable = value` rows, applied when the conversation takes that exit. Values are templates; a lone
// `{path}` keeps its JSON type. A value that is not text (written in the file) shows as JSON and stays
// as it is until edited.
import { VariablePath, type Json, type TransitionSet } from '../../engine/model';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';
import { ArrowUp, X } from 'lucide-react';

const shown = (value: Json): string => (typeof value === 'string' ? value : JSON.stringify(value));

export function TransitionSetsEditor({
  sets,
  exit,
  onCommit,
  testId,
}: {
  sets: readonly TransitionSet[] | undefined;
  /** What the exit is called in labels ("next", "rule 2", "else"). */
  exit: string;
  /** Applies the new list (undefined: none); returns an error message when refused. */
  onCommit(sets: TransitionSet[] | undefined): string | undefined;
  testId: string;
}) {
  const list = sets ?? [];
  const commit = (next: TransitionSet[]) => onCommit(next.length ? next : undefined);
  const update = (i: number, item: TransitionSet) => commit(list.map((x, j) => (j === i ? item : x)));
  const move = (i: number, j: number) => {
    const next = [...list];
    [next[i], next[j]] = [next[j]!, next[i]!];
    return commit(next);
  };
  return (
    <div className="transition-sets" data-testid={testId}>
      {list.map((item, i) => (
        <div key={i} className="transition-set" data-testid={`${testId}-${i}`}>
          <TextField
            label={`Set variable ${i + 1} on ${exit}`}
            value={item.variable}
            list="variable-names"
            validate={(v) => {
              const r = VariablePath.safeParse(v);
              return r.success ? undefined : r.error.issues[0]!.message;
            }}
            onCommit={(variable) => update(i, { ...item, variable })}
            testId={`${testId}-${i}-variable`}
          />
          <TemplateField
            label="= value"
            value={shown(item.value)}
            onCommit={(value) => (value === shown(item.value) ? undefined : update(i, { ...item, value }))}
            testId={`${testId}-${i}-value`}
          />
          <div className="transition-set-actions">
            {i > 0 && (
              <button
                className="link-button"
                onClick={() => move(i, i - 1)}
                aria-label={`Move set ${i + 1} on ${exit} up`}
              >
                <ArrowUp aria-hidden />
              </button>
            )}
            <button
              className="link-button"
              onClick={() => commit(list.filter((_, j) => j !== i))}
              aria-label={`Remove set ${i + 1} on ${exit}`}
            >
              <X aria-hidden />
            </button>
          </div>
        </div>
      ))}
      <button
        className="add-button"
        data-testid={`${testId}-add`}
        title={`Set a variable when the conversation takes ${exit}`}
        onClick={() => commit([...list, { variable: 'variable', value: '' }])}
      >
        + Add variable
      </button>
    </div>
  );
}
