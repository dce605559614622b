// Project tables (docs/file-format.md#tables): each table's columns and rows in a grid, CSV import and
// export. Every gesture is one updateSettings command, so it is one undo step. These are the rows each
// conversation starts from; the simulator's Tables tab shows a conversation's own copy.
import { useState } from 'react';
import { COLUMN_TYPES, type Table } from '../../engine/model';
import { SelectField } from '../inspector/fields/SmallFields';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { TableCsvImport, downloadCsv } from './TableCsvImport';
import {
  addColumn,
  addRow,
  addTable,
  removeColumn,
  removeRow,
  renameColumn,
  renameTable,
  retypeColumn,
  setCell,
  type Edit,
} from './table-edits';
import { X } from 'lucide-react';

function CellInput({
  value,
  onCommit,
  label,
}: {
  value: string;
  onCommit(v: string): string | undefined;
  label: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const commit = () => {
    if (draft === null) return;
    const refused = draft === value ? undefined : onCommit(draft);
    setError(refused);
    if (!refused) setDraft(null);
  };
  return (
    <input
      className={error ? 'cell invalid' : 'cell'}
      aria-label={label}
      title={error}
      aria-invalid={error ? true : undefined}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setDraft(null);
          setError(undefined);
        }
      }}
    />
  );
}

function TableEditor({
  tables,
  i,
  apply,
}: {
  tables: Table[];
  i: number;
  apply(e: Edit, label: string): string | undefined;
}) {
  const t = tables[i]!;
  return (
    <fieldset className="sub-item table-editor" data-testid={`table-${t.name}`}>
      <legend>
        {t.name}{' '}
        <span className="muted small">
          {t.rows.length} row{t.rows.length === 1 ? '' : 's'}
        </span>
        <button
          className="link-button"
          aria-label={`Delete table ${t.name}`}
          onClick={() =>
            apply(
              tables.filter((_, j) => j !== i),
              `Delete table ${t.name}`,
            )
          }
        >
          <X aria-hidden />
        </button>
      </legend>
      <TextField
        label="Name"
        value={t.name}
        onCommit={(name) => apply(renameTable(tables, i, name), 'Rename table')}
      />
      <div className="table-scroll">
        <table className="table-grid" data-testid={`table-grid-${t.name}`}>
          <thead>
            <tr>
              {t.columns.map((c, k) => (
                <th key={k}>
                  <CellInput
                    label={`Column ${k + 1} name`}
                    value={c.name}
                    onCommit={(name) => apply(renameColumn(tables, i, k, name), 'Rename column')}
                  />
                  <SelectField
                    label="type"
                    value={c.type}
                    options={COLUMN_TYPES}
                    onCommit={(type) => apply(retypeColumn(tables, i, k, type), 'Change column type')}
                  />
                  <button
                    className="link-button"
                    aria-label={`Remove column ${c.name}`}
                    onClick={() => apply(removeColumn(tables, i, k), 'Remove column')}
                  >
                    <X aria-hidden />
                  </button>
                </th>
              ))}
              <th>
                <button className="add-button" onClick={() => apply(addColumn(tables, i), 'Add column')}>
                  + Column
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r, ri) => (
              <tr key={ri}>
                {t.columns.map((c) => (
                  <td key={c.name}>
                    <CellInput
                      label={`Row ${ri + 1} ${c.name}`}
                      value={r[c.name] === undefined || r[c.name] === null ? '' : String(r[c.name])}
                      onCommit={(text) => apply(setCell(tables, i, ri, c.name, text), 'Edit cell')}
                    />
                  </td>
                ))}
                <td>
                  <button
                    className="link-button"
                    aria-label={`Remove row ${ri + 1}`}
                    onClick={() => apply(removeRow(tables, i, ri), 'Remove row')}
                  >
                    <X aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row">
        <button
          className="add-button"
          data-testid={`table-add-row-${t.name}`}
          onClick={() => apply(addRow(tables, i), 'Add row')}
        >
          + Row
        </button>
        <button className="link-button" onClick={() => downloadCsv(t)}>
          Export CSV
        </button>
      </div>
      <TableCsvImport
        existing={t}
        onImport={(table, label) =>
          apply(
            tables.map((x, j) => (j === i ? table : x)),
            label,
          )
        }
      />
    </fieldset>
  );
}

export function TablesPanel() {
  const tables = useProject((s) => s.project.tables) ?? [];
  const commit = useCommit();
  const [error, setError] = useState<string>();
  const apply = (edit: Edit, label: string): string | undefined => {
    const refused =
      typeof edit === 'string'
        ? edit
        : commit([{ type: 'updateSettings', patch: { tables: edit.length ? edit : null } }], label);
    setError(refused);
    return refused;
  };
  return (
    <div className="panel-list" data-testid="tables-panel">
      <p className="muted small">
        Tables are record stores for Table blocks. Each simulator conversation and each test starts from these
        rows and works on its own copy; nothing live is touched.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {tables.map((_, i) => (
        <TableEditor key={i} tables={tables} i={i} apply={apply} />
      ))}
      <button
        className="add-button"
        data-testid="table-add"
        onClick={() => apply(addTable(tables), 'Add table')}
      >
        + New table
      </button>
      <TableCsvImport
        onImport={(table, label) => apply([...tables.filter((t) => t.name !== table.name), table], label)}
      />
    </div>
  );
}
