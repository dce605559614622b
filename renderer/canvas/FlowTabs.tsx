// Flows as tabs: switch, add (addFlow), rename on double-click (renameFlow).
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useProject, useProjectStore } from '../state/project-store';
import { useAppStore } from '../state/app-store';

export function FlowTabs() {
  const store = useProjectStore();
  const flows = useProject((s) => s.project.flows);
  const active = useProject((s) => s.activeFlow);
  const setError = useAppStore((s) => s.setError);
  const [renaming, setRenaming] = useState<string | null>(null);

  const addFlow = () => {
    const taken = new Set(flows.map((f) => f.id));
    let n = flows.length + 1;
    while (taken.has(`flow_${n}`)) n++;
    const id = `flow_${n}`;
    const r = store.getState().apply([{ type: 'addFlow', id, name: `Flow ${n}` }], 'Add flow');
    if (r.ok) store.getState().setActiveFlow(id);
    else setError(r.error.message);
  };

  return (
    <nav className="flow-tabs" aria-label="Flows">
      <div className="flow-tab-list" role="tablist" aria-label="Flows">
        {flows.map((flow) =>
          renaming === flow.id ? (
            <input
              key={flow.id}
              className="flow-tab-input"
              aria-label="Flow name"
              defaultValue={flow.name}
              autoFocus
              onBlur={(e) => {
                const name = e.target.value.trim();
                if (name && name !== flow.name) {
                  const r = store
                    .getState()
                    .apply([{ type: 'renameFlow', id: flow.id, name }], 'Rename flow');
                  if (!r.ok) setError(r.error.message);
                }
                setRenaming(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                if (e.key === 'Escape') setRenaming(null);
              }}
            />
          ) : (
            <button
              key={flow.id}
              role="tab"
              aria-selected={flow.id === active}
              className={`flow-tab${flow.id === active ? ' active' : ''}`}
              data-testid={`flow-tab-${flow.id}`}
              onClick={() => store.getState().setActiveFlow(flow.id)}
              onDoubleClick={() => setRenaming(flow.id)}
              title="Double-click to rename"
            >
              {flow.name} <span className="muted small">{flow.blocks.length}</span>
            </button>
          ),
        )}
      </div>
      <button
        className="flow-tab add"
        onClick={addFlow}
        aria-label="Add a flow"
        title="Add a flow"
        data-testid="add-flow"
      >
        <Plus aria-hidden />
      </button>
    </nav>
  );
}
