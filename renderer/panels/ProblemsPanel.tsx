// The problems panel: every diagnostic of the last validation; clicking one selects and centres its block.
import { useProject, useProjectStore } from '../state/project-store';

const ICON = { error: '⛔', warning: '⚠', info: 'ℹ' } as const;

export function ProblemsPanel() {
  const diagnostics = useProject((s) => s.diagnostics);
  const store = useProjectStore();
  if (diagnostics.length === 0)
    return (
      <p className="muted small" data-testid="no-problems">
        No problems found.
      </p>
    );
  return (
    <ul className="problems" data-testid="problems">
      {diagnostics.map((d, i) => (
        <li key={i}>
          <button
            className={`problem problem-${d.severity}`}
            disabled={!d.location.blockId}
            onClick={() => d.location.blockId && store.getState().focusBlock(d.location.blockId)}
            title={d.code}
          >
            <span aria-label={d.severity}>{ICON[d.severity]}</span>
            <span>
              {d.location.blockId && <strong>{d.location.blockId}: </strong>}
              {d.message}
              {d.location.line !== undefined && <span className="muted"> (line {d.location.line})</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
