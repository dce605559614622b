// Flows as tabs: switch, add (addFlow), rename in place on double-click or F2 (renameFlow), delete the
// active flow after a confirmation that lists what goes and what would break (DeleteFlowDialog).
import { Plus, X } from 'lucide-react';
import { useRef, useState } from 'react';
import { useProject, useProjectStore } from '../state/project-store';
import { useAppStore } from '../state/app-store';
import { DeleteFlowDialog } from './DeleteFlowDialog';

export function FlowTabs() {
  const store = useProjectStore();
  const flows = useProject((s) => s.project.flows);
  const active = useProject((s) => s.activeFlow);
  const setError = useAppStore((s) => s.setError);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  // Escape drops the edit: the blur that follows must not commit it.
  const cancelled = useRef(false);
  const startRename = (id: string) => {
    cancelled.current = false;
    setRenaming(id);
  };

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
              data-testid={`flow-name-${flow.id}`}
              defaultValue={flow.name}
              autoFocus
              onFocus={(e) => e.target.select()}
              onBlur={(e) => {
                const name = e.target.value.trim();
                if (!cancelled.current && name && name !== flow.name) {
                  const r = store
                    .getState()
                    .apply([{ type: 'renameFlow', id: flow.id, name }], 'Rename flow');
                  if (!r.ok) setError(r.error.message);
                }
                setRenaming(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                if (e.key === 'Escape') {
                  cancelled.current = true;
                  setRenaming(null);
                }
              }}
            />
          ) : (
            <span key={flow.id} className="flow-tab-wrap">
              <button
                role="tab"
                aria-selected={flow.id === active}
                className={`flow-tab${flow.id === active ? ' active' : ''}`}
                data-testid={`flow-tab-${flow.id}`}
                onClick={() => store.getState().setActiveFlow(flow.id)}
                onDoubleClick={() => startRename(flow.id)}
                onKeyDown={(e) => e.key === 'F2' && startRename(flow.id)}
                title="Double-click (or F2) to rename"
              >
                {flow.name} <span className="muted small">{flow.blocks.length}</span>
              </button>
              {flow.id === active && flows.length > 1 && (
                <button
                  className="flow-tab-delete"
                  onClick={() => setDeleting(flow.id)}
                  aria-label={`Delete flow ${flow.name}`}
                  title="Delete this flow and its blocks"
                  data-testid={`delete-flow-${flow.id}`}
                >
                  <X aria-hidden />
                </button>
              )}
            </span>
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
      {deleting && <DeleteFlowDialog flowId={deleting} onClose={() => setDeleting(null)} />}
    </nav>
  );
}
