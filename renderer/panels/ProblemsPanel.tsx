// The problems panel: every diagnostic of the last validation under its block's name; clicking one
// selects and centres its block.
import { useBlockNames } from '../blocks/use-block-names';
import { useProject, useProjectStore } from '../state/project-store';
import { CircleX, Info, TriangleExclamationPoint } from 'lucide-react';

const ICON = { error: CircleX, warning: TriangleExclamationPoint, info: Info } as const;

function ProblemIcon({ severity }: { severity: keyof typeof ICON }) {
  const Icon = ICON[severity];
  return (
    <span className={`problem-icon icon-${severity}`} role="img" aria-label={severity}>
      <Icon aria-hidden />
    </span>
  );
}

export function ProblemsPanel() {
  const diagnostics = useProject((s) => s.diagnostics);
  const store = useProjectStore();
  const names = useBlockNames();
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
            <ProblemIcon severity={d.severity} />
            <span>
              {d.location.blockId && <strong>{names.title(d.location.blockId)}: </strong>}
              {d.message}
              {d.location.line !== undefined && <span className="muted"> (line {d.location.line})</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
