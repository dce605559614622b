// Reading a project table from CSV (docs/file-format.md#importing-a-table-from-csv), for the Tables panel
// and `botloom table import`. The first line names the columns (`total` or `total:number`); a column
// without a type takes the one its cells share (number, boolean, else text), or the type it already has
// in the table being replaced. Any problem refuses the whole file, each with its line, column and a fix.
import Papa from 'papaparse';
import {
  COLUMN_TYPES,
  ColumnName,
  MAX_TABLE_ROWS,
  Table,
  TableName,
  zodIssueText,
  type ColumnType,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '../model';

/** One problem of a CSV file: the 1-based line (1 is the header) and column when known, and the fix. */
export interface TableCsvProblem {
  line?: number;
  column?: string;
  message: string;
}

export type TableCsvResult = { ok: true; table: Table } | { ok: false; problems: TableCsvProblem[] };

export interface TableCsvOptions {
  /** The table's name. */
  name: string;
  /** The table this file replaces or extends: its columns keep their types. */
  existing?: Table;
  /** Keep the existing rows and add the file's after them (default: the file's rows replace them). */
  append?: boolean;
}

/** The most problems reported for one file (the rest are counted). */
const MAX_PROBLEMS = 20;
/** Largest CSV read (about 5 MB). */
export const MAX_TABLE_CSV_CHARS = 5_000_000;

/** `where` in words: "line 4, column total". */
export function tableCsvProblemText(p: TableCsvProblem): string {
  const where = [p.line !== undefined ? `line ${p.line}` : '', p.column ? `column "${p.column}"` : '']
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

function parseHeader(cells: string[], existing: Table | undefined, problems: TableCsvProblem[]) {
  const columns: { name: string; type: ColumnType | undefined }[] = [];
  cells.forEach((raw) => {
    const [name = '', type, ...rest] = raw
      .trim()
      .split(':')
      .map((s) => s.trim());
    const named = ColumnName.safeParse(name);
    if (!named.success) {
      problems.push({ line: 1, message: `"${raw}" is not a column name: ${named.error.issues[0]!.message}` });
      return;
    }
    if (rest.length || (type !== undefined && !(COLUMN_TYPES as readonly string[]).includes(type))) {
      problems.push({
        line: 1,
        column: name,
        message: `"${raw}" gives an unknown type: write ${name}:${COLUMN_TYPES.join(`, ${name}:`)} or just ${name}`,
      });
      return;
    }
    if (columns.some((c) => c.name === name)) {
      problems.push({ line: 1, column: name, message: 'the column appears twice in the header: rename one' });
      return;
    }
    const known = existing?.columns.find((c) => c.name === name);
    if (known && type !== undefined && type !== known.type)
      problems.push({
        line: 1,
        column: name,
        message: `the table's column is ${known.type}, the header says ${type}: change the header or the column`,
      });
    columns.push({ name, type: (type as ColumnType | undefined) ?? known?.type });
  });
  return columns;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;

function inferType(values: string[]): ColumnType {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length && filled.every((v) => NUMBER.test(v))) return 'number';
  if (filled.length && filled.every((v) => BOOLEAN.test(v))) return 'boolean';
  return 'text';
}

function toCell(text: string, type: ColumnType): TableCell | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (type === 'text') return text;
  if (type === 'number') return NUMBER.test(t) ? Number(t) : undefined;
  return BOOLEAN.test(t) ? t.toLowerCase() === 'true' : undefined;
}

/** Reads `text` as a table named `options.name`; nothing is returned unless the whole file is right. */
export function parseTableCsv(text: string, options: TableCsvOptions): TableCsvResult {
  const problems: TableCsvProblem[] = [];
  const named = TableName.safeParse(options.name);
  if (!named.success)
    return { ok: false, problems: [{ message: `"${options.name}" ${named.error.issues[0]!.message}` }] };
  if (text.length > MAX_TABLE_CSV_CHARS)
    return {
      ok: false,
      problems: [{ message: `the file has more than ${MAX_TABLE_CSV_CHARS} characters: split it` }],
    };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    return {
      ok: false,
      problems: [
        { message: 'the file is empty: its first line must name the columns (id,name,total:number)' },
      ],
    };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: '' });
  // A one-column file has no separator to detect: that is no problem.
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  for (const e of errors.slice(0, MAX_PROBLEMS))
    problems.push({
      ...(e.row !== undefined ? { line: e.row + 1 } : {}),
      message:
        e.code === 'MissingQuotes'
          ? 'a quoted cell is never closed: add the closing " (write "" for a quote inside a cell)'
          : `${e.message}: check the separators and quotes of this line`,
    });
  const [header = [], ...lines] = parsed.data;
  const columns = parseHeader(header, options.existing, problems);
  if (problems.length) return { ok: false, problems };
  if (options.existing)
    for (const c of options.existing.columns)
      if (!columns.some((x) => x.name === c.name)) columns.push({ name: c.name, type: c.type });
  const width = header.length;
  lines.forEach((cells, i) => {
    if (cells.length !== width)
      problems.push({
        line: i + 2,
        message: `the line has ${cells.length} cell(s) and the header ${width}: add or remove separators (quote a cell that holds a comma)`,
      });
  });
  if (lines.length + (options.append ? (options.existing?.rows.length ?? 0) : 0) > MAX_TABLE_ROWS)
    problems.push({ message: `a table holds at most ${MAX_TABLE_ROWS} rows: split the file` });
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const typed: TableColumn[] = columns.map((c, k) => ({
    name: c.name,
    type: c.type ?? inferType(lines.map((cells) => cells[k] ?? '')),
  }));
  const rows: TableRow[] = [];
  lines.forEach((cells, i) => {
    const row: TableRow = {};
    header.forEach((_, k) => {
      const column = typed[k]!;
      const cell = toCell(cells[k] ?? '', column.type);
      if (cell === undefined)
        problems.push({
          line: i + 2,
          column: column.name,
          message: `${JSON.stringify(cells[k])} is not a ${column.type}: fix the cell, or declare the column as text in the header (${column.name}:text)`,
        });
      else if (cell !== null) row[column.name] = cell;
    });
    rows.push(row);
  });
  if (problems.length) {
    const more = problems.length - MAX_PROBLEMS;
    const shown = problems.slice(0, MAX_PROBLEMS);
    return { ok: false, problems: more > 0 ? [...shown, { message: `and ${more} more problem(s)` }] : shown };
  }
  const table = Table.safeParse({
    name: options.name,
    ...(options.existing?.description !== undefined ? { description: options.existing.description } : {}),
    columns: typed,
    rows: options.append ? [...(options.existing?.rows ?? []), ...rows] : rows,
  });
  if (!table.success)
    return {
      ok: false,
      problems: table.error.issues.map((issue) => ({ message: `the table${zodIssueText(issue)}` })),
    };
  return { ok: true, table: table.data };
}

/** A table as CSV text (the header gives every column's type), for export and round trips. */
export function tableToCsv(table: Table): string {
  return Papa.unparse({
    fields: table.columns.map((c) => `${c.name}:${c.type}`),
    data: table.rows.map((r) => table.columns.map((c) => (r[c.name] ?? '') as string | number | boolean)),
  });
}
