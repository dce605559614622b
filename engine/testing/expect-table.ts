// The `expectTable` test step (docs/file-format.md#conversation-tests): compares the conversation's copy
// of a table with the rows, the contained rows or the row count the step gives.
import type { ExpectedTable, TableRow } from '../model';
import { jsonEqual } from './json-equal';

export interface TableMismatch {
  expected: string;
  actual: string;
}

const cellOf = (row: TableRow, column: string) => row[column] ?? null;
const show = (row: TableRow) => JSON.stringify(row);

/** Whether every cell `want` gives is in `row` (a null cell matches an empty one). */
function rowHas(row: TableRow, want: TableRow): boolean {
  return Object.entries(want).every(([column, value]) => jsonEqual(cellOf(row, column), value));
}

/** The same rows, column by column (a column left out is empty). */
function sameRow(row: TableRow, want: TableRow): boolean {
  const columns = new Set([...Object.keys(row), ...Object.keys(want)]);
  return [...columns].every((c) => jsonEqual(cellOf(row, c), cellOf(want, c)));
}

/** Undefined when the table matches `want`, else what was expected and what the table holds. */
export function checkTable(
  tables: Record<string, TableRow[]>,
  want: ExpectedTable,
): TableMismatch | undefined {
  const rows = Object.hasOwn(tables, want.table) ? tables[want.table] : undefined;
  if (!rows)
    return {
      expected: `table "${want.table}"`,
      actual: `the project has no table "${want.table}" (its tables: ${Object.keys(tables).join(', ') || 'none'})`,
    };
  if (want.count !== undefined && rows.length !== want.count)
    return {
      expected: `table "${want.table}" holds ${want.count} row(s)`,
      actual: `it holds ${rows.length}`,
    };
  for (const row of want.contains ?? [])
    if (!rows.some((r) => rowHas(r, row)))
      return {
        expected: `table "${want.table}" has a row with ${show(row)}`,
        actual: `no row matches; its rows: ${rows.slice(0, 5).map(show).join(', ') || 'none'}${rows.length > 5 ? ` and ${rows.length - 5} more` : ''}`,
      };
  if (want.rows) {
    const i = want.rows.findIndex((row, k) => !rows[k] || !sameRow(rows[k], row));
    if (i >= 0 || rows.length !== want.rows.length) {
      const at = i >= 0 ? i : want.rows.length;
      return {
        expected: `table "${want.table}" row ${at + 1} is ${want.rows[at] ? show(want.rows[at]) : 'absent'} (${want.rows.length} row(s) in all)`,
        actual: `row ${at + 1} is ${rows[at] ? show(rows[at]) : 'absent'} (${rows.length} row(s) in all)`,
      };
    }
  }
  return undefined;
}
