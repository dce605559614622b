// Declared variables: add, describe, default, mark sensitive, rename (everywhere) and delete; then the
// variables used but not declared, with buttons to declare them.
import type { Json, Variable } from '../../engine/model';
import { VariablePath } from '../../engine/model';
import { JsonField } from '../inspector/fields/JsonField';
import { CheckField } from '../inspector/fields/SmallFields';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { X } from 'lucide-react';
import { UndeclaredVariables } from './UndeclaredVariables';

export function VariablesPanel() {
  const variables = useProject((s) => s.project.variables);
  const commit = useCommit();
  const set = (variable: Variable) => commit([{ type: 'setVariable', variable }], 'Edit variable');
  const add = () => {
    let n = variables.length + 1;
    while (variables.some((v) => v.name === `variable${n}`)) n++;
    return set({ name: `variable${n}` });
  };
  return (
    <div className="panel-list" data-testid="variables-panel">
      {variables.map((v) => (
        <fieldset key={v.name} className="sub-item">
          <legend>
            {v.name}
            <button
              className="link-button"
              onClick={() => commit([{ type: 'deleteVariable', name: v.name }], 'Delete variable')}
              aria-label={`Delete ${v.name}`}
            >
              <X aria-hidden />
            </button>
          </legend>
          <TextField
            label="Name (renames every use)"
            value={v.name}
            validate={(n) =>
              VariablePath.safeParse(n).success ? undefined : 'Use a dot path such as order.size.'
            }
            onCommit={(to) => commit([{ type: 'renameVariable', from: v.name, to }], 'Rename variable')}
          />
          <TextField
            label="Description"
            value={v.description ?? ''}
            onCommit={(description) => set({ ...v, description: description || undefined })}
          />
          <JsonField
            label="Default (JSON)"
            value={v.default}
            onCommit={(d) => set({ ...v, default: d as Json | undefined })}
          />
          <CheckField
            label="Sensitive (redacted in traces)"
            value={!!v.sensitive}
            onCommit={(sensitive) => set({ ...v, sensitive: sensitive || undefined })}
          />
        </fieldset>
      ))}
      <button className="add-button" onClick={add} data-testid="add-variable">
        + Variable
      </button>
      <UndeclaredVariables />
    </div>
  );
}
