// CSV import into a project table (docs/file-format.md#importing-a-table-from-csv): a malformed file is
// refused whole, with each problem's line, column and fix, and the project does not change.
import { useId, useState } from 'react';
import { parseTableCsv, tableCsvProblemText, tableToCsv, MAX_TABLE_CSV_CHARS } from '../../engine/format';
import type { Table } from '../../engine/model';

/** Offers the table as a CSV download (the header gives each column's type). */
export function downloadCsv(table: Table): void {
  const url = URL.createObjectURL(new Blob([tableToCsv(table)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${table.name}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

export function TableCsvImport({
  existing,
  onImport,
}: {
  /** The table the file replaces or extends; without it, the file makes a new table (or replaces one of its name). */
  existing?: Table;
  onImport(table: Table, label: string): string | undefined;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [append, setAppend] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const read = async (file: File) => {
    if (file.size > MAX_TABLE_CSV_CHARS) return setProblems([`${file.name} is larger than 5 MB: split it.`]);
    const tableName =
      existing?.name ?? (name.trim() || file.name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]/g, '_'));
    const r = parseTableCsv(await file.text(), {
      name: tableName,
      ...(existing ? { existing, append } : {}),
    });
    if (!r.ok)
      return setProblems([
        `${file.name} was not imported; nothing changed.`,
        ...r.problems.map(tableCsvProblemText),
      ]);
    const refused = onImport(r.table, `Import ${file.name} into ${tableName}`);
    setProblems(refused ? [refused] : []);
  };
  return (
    <div
      className="table-import"
      data-testid={existing ? `table-import-${existing.name}` : 'table-import-new'}
    >
      {!existing && (
        <input
          placeholder="table name (default: the file's name)"
          aria-label="Name of the imported table"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      )}
      {existing && (
        <label className="small">
          <input type="checkbox" checked={append} onChange={(e) => setAppend(e.target.checked)} /> add the
          rows (else they replace the table&apos;s rows)
        </label>
      )}
      <label htmlFor={id} className="link-button">
        {existing ? 'Import CSV…' : 'New table from CSV…'}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid={existing ? `table-csv-${existing.name}` : 'table-csv-new'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {problems.length > 0 && (
        <ul className="field-error" role="alert" data-testid="table-csv-problems">
          {problems.map((p, k) => (
            <li key={k}>{p}</li>
          ))}
        </ul>
      )}
      <p className="muted small">
        First line: the column names, with a type if you like (id,total:number,paid:boolean).
      </p>
    </div>
  );
}
