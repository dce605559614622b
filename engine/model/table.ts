// Project tables (docs/file-format.md#tables): small record stores a bot reads and writes with table
// blocks. A conversation works on its own copy of the rows; the project's rows are where each starts.
import { z } from 'zod';

/** Column and table names: a letter or _, then letters, digits, _ or - (usable in templates and CSV heads). */
export const TABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const Name = (what: string) =>
  z
    .string()
    .regex(
      TABLE_NAME_PATTERN,
      `${what} must start with a letter or _ and hold up to 64 letters, digits, _ or -`,
    );

export const TableName = Name('a table name');
export const ColumnName = Name('a column name');

export const COLUMN_TYPES = ['text', 'number', 'boolean'] as const;
export const ColumnType = z.enum(COLUMN_TYPES);
export type ColumnType = z.infer<typeof ColumnType>;

export const TableColumn = z.strictObject({ name: ColumnName, type: ColumnType });
export type TableColumn = z.infer<typeof TableColumn>;

/** One cell: a value of its column's type, or null (empty). */
export const TableCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type TableCell = z.infer<typeof TableCell>;

/** One row: cells by column name; a column the row leaves out is empty. */
export const TableRow = z.record(ColumnName, TableCell);
export type TableRow = z.infer<typeof TableRow>;

/** The most rows a table holds (the simulator copies every table into each conversation). */
export const MAX_TABLE_ROWS = 10_000;

/** Whether `cell` fits a column of `type` (null fits every column). */
export function cellFits(cell: TableCell, type: ColumnType): boolean {
  if (cell === null) return true;
  if (type === 'text') return typeof cell === 'string';
  if (type === 'number') return typeof cell === 'number' && Number.isFinite(cell);
  return typeof cell === 'boolean';
}

export const Table = z
  .strictObject({
    name: TableName,
    description: z.string().optional(),
    columns: z.array(TableColumn).min(1, 'a table needs at least one column'),
    rows: z.array(TableRow).max(MAX_TABLE_ROWS, `a table holds at most ${MAX_TABLE_ROWS} rows`).default([]),
  })
  .superRefine((table, ctx) => {
    const types = new Map<string, ColumnType>();
    table.columns.forEach((c, i) => {
      if (types.has(c.name))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'name'],
          message: `column "${c.name}" appears twice in table "${table.name}": rename one`,
        });
      types.set(c.name, c.type);
    });
    table.rows.forEach((row, r) => {
      for (const [name, cell] of Object.entries(row)) {
        const type = types.get(name);
        if (!type)
          ctx.addIssue({
            code: 'custom',
            path: ['rows', r, name],
            message: `table "${table.name}" has no column "${name}": add the column or remove the cell`,
          });
        else if (!cellFits(cell, type))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', r, name],
            message: `column "${name}" holds ${type} values, not ${JSON.stringify(cell)}`,
          });
      }
    });
  });
export type Table = z.infer<typeof Table>;

/** Project tables: unique names. */
export const Tables = z.array(Table).superRefine((tables, ctx) => {
  const seen = new Set<string>();
  tables.forEach((t, i) => {
    if (seen.has(t.name))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'name'],
        message: `two tables are named "${t.name}": rename one`,
      });
    seen.add(t.name);
  });
});

/** A deep copy of every table's rows, by table name: one conversation's working copy. */
export function copyTableRows(tables: readonly Table[] | undefined): Record<string, TableRow[]> {
  const out: Record<string, TableRow[]> = {};
  for (const t of tables ?? []) out[t.name] = t.rows.map((r) => ({ ...r }));
  return out;
}
