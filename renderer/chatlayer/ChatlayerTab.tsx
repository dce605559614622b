// The "Chatlayer" tab of the left column: where the project's bot lives on Chatlayer, in brief, and the
// button that opens the wide Chatlayer panel (the column is too narrow for diffs and step tables).
import { useState } from 'react';
import { useProject } from '../state/project-store';
import { ChatlayerDialog } from './ChatlayerDialog';
import './chatlayer.css';

export function ChatlayerTab() {
  const [open, setOpen] = useState(false);
  const settings = useProject((s) => s.project.chatlayer);
  const where = settings?.baseUrl ?? `region ${(settings?.region ?? 'eu').toUpperCase()}`;
  return (
    <div className="panel-list" data-testid="chatlayer-tab">
      <p className="small chatlayer-summary">
        {settings?.botId ? (
          <>
            Bot <strong>{settings.botId}</strong> ({settings.version ?? 'DRAFT'}) at {where}
          </>
        ) : (
          <span className="muted">No Chatlayer bot is connected yet.</span>
        )}
      </p>
      <button type="button" className="primary" onClick={() => setOpen(true)} data-testid="chatlayer-open">
        Open Chatlayer panel
      </button>
      <p className="muted small">
        Connection, status, export, live conformance, pulled tests and the NLP check.
      </p>
      {open && <ChatlayerDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
