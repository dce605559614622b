// API mocks (docs/file-format.md#mocks): method, URL pattern with `*`, status, headers, body and delay.
import { HTTP_METHODS, type Json, type Mock } from '../../engine/model';
import { JsonField } from '../inspector/fields/JsonField';
import { NumberField, SelectField } from '../inspector/fields/SmallFields';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { X } from 'lucide-react';

export function MocksPanel() {
  const mocks = useProject((s) => s.project.mocks);
  const commit = useCommit();
  const set = (mock: Mock, index?: number) =>
    commit([{ type: 'setMock', mock, index }], index === undefined ? 'Add mock' : 'Edit mock');
  return (
    <div className="panel-list" data-testid="mocks-panel">
      {mocks.map((m, i) => (
        <fieldset key={i} className="sub-item">
          <legend>
            {m.name ?? `${m.method} ${m.url}`}
            <button
              className="link-button"
              onClick={() => commit([{ type: 'deleteMock', index: i }], 'Delete mock')}
              aria-label={`Delete mock ${i + 1}`}
            >
              <X aria-hidden />
            </button>
          </legend>
          <TextField
            label="Name"
            value={m.name ?? ''}
            onCommit={(name) => set({ ...m, name: name || undefined }, i)}
          />
          <div className="field-row">
            <SelectField
              label="Method"
              value={m.method}
              options={HTTP_METHODS}
              onCommit={(method) => set({ ...m, method }, i)}
            />
            <NumberField
              label="Status"
              value={m.status}
              min={100}
              max={599}
              onCommit={(status) => set({ ...m, status: status ?? 200 }, i)}
            />
          </div>
          <TextField
            label="URL pattern (* matches anything)"
            value={m.url}
            onCommit={(url) => set({ ...m, url }, i)}
          />
          <JsonField
            label="Headers"
            object
            value={m.headers}
            onCommit={(headers) => set({ ...m, headers: headers as Record<string, string> | undefined }, i)}
          />
          <JsonField
            label="Body (JSON)"
            value={m.body}
            onCommit={(body) => set({ ...m, body: body as Json | undefined }, i)}
          />
          <NumberField
            label="Delay (ms)"
            value={m.delayMs}
            min={0}
            max={600000}
            onCommit={(delayMs) => set({ ...m, delayMs }, i)}
          />
        </fieldset>
      ))}
      <button
        className="add-button"
        onClick={() => set({ method: 'GET', url: 'https://example.com/*', status: 200, body: {} })}
        data-testid="add-mock"
      >
        + Mock
      </button>
    </div>
  );
}
