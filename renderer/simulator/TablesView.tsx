// The simulator's Tables tab: this conversation's copy of each project table (docs/file-format.md#tables).
// Table blocks change only this copy; the project's rows, edited in the Tables panel, stay as they are.
import type { TableCell } from '../../engine/model';
import { useProject } from '../state/project-store';

const shown = (cell: TableCell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

export function TablesView() {
  const tables = useProject((s) => s.project.tables) ?? [];
  const copy = useProject((s) => s.simState?.tables);
  if (tables.length === 0)
    return <p className="muted small">The project has no tables. Add one in the Tables panel.</p>;
  if (!copy) return <p className="muted small">Start a conversation to see its copy of the tables.</p>;
  return (
    <div className="sim-tables" data-testid="sim-tables">
      <p className="muted small">
        This conversation&apos;s copy: it started from the project&apos;s rows and restarts with them.
      </p>
      {tables.map((t) => {
        const rows = copy[t.name] ?? [];
        const changed = JSON.stringify(rows) !== JSON.stringify(t.rows);
        return (
          <section key={t.name} data-testid={`sim-table-${t.name}`}>
            <h4>
              {t.name}{' '}
              <span className="muted small">
                {rows.length} row{rows.length === 1 ? '' : 's'}
                {changed ? ', changed by this conversation' : ''}
              </span>
            </h4>
            <table className="table-grid">
              <thead>
                <tr>
                  {t.columns.map((c) => (
                    <th key={c.name}>
                      {c.name} <span className="muted small">{c.type}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i}>
                    {t.columns.map((c) => (
                      <td key={c.name}>{shown(r[c.name])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
