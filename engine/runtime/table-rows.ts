// The table steps' pure parts (docs/file-format.md#table-block): turning a rendered value into a cell of a
// column's type, and matching rows against filters.
import {
  type ColumnType,
  type FilterOperator,
  type Json,
  type Table,
  type TableCell,
  type TableRow,
} from '../model';

/** A value that does not fit its column: what it was and what the column holds. */
export class CellMismatch extends Error {
  constructor(
    readonly column: string,
    readonly type: ColumnType,
    readonly value: Json | undefined,
  ) {
    super(`column "${column}" holds ${type} values, and ${describe(value)} is not one`);
  }
}

const describe = (value: Json | undefined) =>
  value === undefined ? 'an unset value' : JSON.stringify(value).slice(0, 80);

/**
 * A rendered value as a cell of `type`: an empty value is an empty cell; a number column takes a number or
 * a numeric text (`'88'`, as collected input stores numbers), a boolean column true/false or "true"/"false",
 * a text column any text, number or boolean (as text). Anything else is a CellMismatch.
 */
export function toCell(column: string, type: ColumnType, value: Json | undefined): TableCell {
  if (value === undefined || value === null || value === '') return null;
  if (type === 'text') {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  if (type === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.trim())))
      return Number(value.trim());
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
      return value.trim().toLowerCase() === 'true';
  }
  throw new CellMismatch(column, type, value);
}

/** A filter with its value already a cell of the column's type. */
export interface ResolvedFilter {
  column: string;
  operator: FilterOperator;
  value: TableCell;
}

function compare(a: TableCell, b: TableCell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** Whether `row` passes one filter; an empty cell equals only an empty value and is never greater or smaller. */
export function passes(row: TableRow, f: ResolvedFilter): boolean {
  const cell = row[f.column] ?? null;
  switch (f.operator) {
    case 'equals':
      return cell === f.value;
    case 'notEquals':
      return cell !== f.value;
    case 'contains':
      return (
        cell !== null &&
        String(cell)
          .toLowerCase()
          .includes(String(f.value ?? '').toLowerCase())
      );
    case 'greaterThan':
      return cell !== null && f.value !== null && compare(cell, f.value) > 0;
    case 'lessThan':
      return cell !== null && f.value !== null && compare(cell, f.value) < 0;
  }
}

/** The indexes of the rows every filter passes (every row when there is no filter). */
export function matchingRows(rows: readonly TableRow[], filters: readonly ResolvedFilter[]): number[] {
  const out: number[] = [];
  rows.forEach((row, i) => {
    if (filters.every((f) => passes(row, f))) out.push(i);
  });
  return out;
}

/** A row with every column of the table present (an empty cell as null), in column order. */
export function fullRow(table: Table, row: TableRow): Record<string, TableCell> {
  const out: Record<string, TableCell> = {};
  for (const c of table.columns) out[c.name] = row[c.name] ?? null;
  return out;
}

/** The filters in words, for error messages: `id equals "A-17" and total greaterThan 20`. */
export function describeFilters(filters: readonly ResolvedFilter[]): string {
  if (filters.length === 0) return 'with no filter';
  return 'where ' + filters.map((f) => `${f.column} ${f.operator} ${JSON.stringify(f.value)}`).join(' and ');
}
