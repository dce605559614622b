// What the Tables panel's gestures do to the project tables (docs/file-format.md#tables): each returns
// the new list, or a message saying why the change is refused. The panel sends the list as one
// updateSettings command, so every gesture is one undo step.
import {
  TableName,
  ColumnName,
  type ColumnType,
  type Table,
  type TableCell,
  type TableRow,
} from '../../engine/model';

export type Edit = Table[] | string;

/** A cell as the designer typed it, for a column of `type`; a string when it does not fit. */
export function typedCell(text: string, type: ColumnType): TableCell | { error: string } {
  const t = text.trim();
  if (t === '') return null;
  if (type === 'text') return text;
  if (type === 'number')
    return Number.isFinite(Number(t)) ? Number(t) : { error: `"${text}" is not a number.` };
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return { error: `"${text}" is not true or false.` };
}

const replace = (tables: Table[], i: number, t: Table) => tables.map((x, j) => (j === i ? t : x));

export function addTable(tables: Table[]): Table[] {
  let n = tables.length + 1;
  while (tables.some((t) => t.name === `table_${n}`)) n += 1;
  return [...tables, { name: `table_${n}`, columns: [{ name: 'id', type: 'text' }], rows: [] }];
}

export function renameTable(tables: Table[], i: number, name: string): Edit {
  const ok = TableName.safeParse(name);
  if (!ok.success) return ok.error.issues[0]!.message;
  if (tables.some((t, j) => j !== i && t.name === name)) return `A table is already named "${name}".`;
  return replace(tables, i, { ...tables[i]!, name });
}

export function addColumn(tables: Table[], i: number): Table[] {
  const t = tables[i]!;
  let n = t.columns.length + 1;
  while (t.columns.some((c) => c.name === `column_${n}`)) n += 1;
  return replace(tables, i, { ...t, columns: [...t.columns, { name: `column_${n}`, type: 'text' }] });
}

export function renameColumn(tables: Table[], i: number, c: number, name: string): Edit {
  const t = tables[i]!;
  const old = t.columns[c]!.name;
  const ok = ColumnName.safeParse(name);
  if (!ok.success) return ok.error.issues[0]!.message;
  if (t.columns.some((x, k) => k !== c && x.name === name))
    return `The table already has a column "${name}".`;
  const rows = t.rows.map((r) => {
    const { [old]: cell, ...rest } = r;
    return cell === undefined ? rest : { ...rest, [name]: cell };
  });
  return replace(tables, i, {
    ...t,
    columns: t.columns.map((x, k) => (k === c ? { ...x, name } : x)),
    rows,
  });
}

/** Changes a column's type, converting every cell; refused when a cell does not convert. */
export function retypeColumn(tables: Table[], i: number, c: number, type: ColumnType): Edit {
  const t = tables[i]!;
  const name = t.columns[c]!.name;
  const rows: TableRow[] = [];
  for (const [r, row] of t.rows.entries()) {
    const cell = row[name];
    if (cell === undefined || cell === null) {
      rows.push(row);
      continue;
    }
    const typed = typedCell(String(cell), type);
    if (typed !== null && typeof typed === 'object')
      return `Row ${r + 1}: ${typed.error} Change the cell first, or keep the column ${t.columns[c]!.type}.`;
    rows.push({ ...row, [name]: typed });
  }
  return replace(tables, i, {
    ...t,
    columns: t.columns.map((x, k) => (k === c ? { ...x, type } : x)),
    rows,
  });
}

export function removeColumn(tables: Table[], i: number, c: number): Edit {
  const t = tables[i]!;
  if (t.columns.length === 1) return 'A table needs at least one column.';
  const name = t.columns[c]!.name;
  return replace(tables, i, {
    ...t,
    columns: t.columns.filter((_, k) => k !== c),
    rows: t.rows.map(({ [name]: _, ...rest }) => rest),
  });
}

export function setCell(tables: Table[], i: number, r: number, column: string, text: string): Edit {
  const t = tables[i]!;
  const col = t.columns.find((c) => c.name === column)!;
  const typed = typedCell(text, col.type);
  if (typed !== null && typeof typed === 'object') return typed.error;
  const rows = t.rows.map((row, k) => {
    if (k !== r) return row;
    const { [column]: _, ...rest } = row;
    return typed === null ? rest : { ...rest, [column]: typed };
  });
  return replace(tables, i, { ...t, rows });
}

export const addRow = (tables: Table[], i: number): Table[] =>
  replace(tables, i, { ...tables[i]!, rows: [...tables[i]!.rows, {}] });

export const removeRow = (tables: Table[], i: number, r: number): Table[] =>
  replace(tables, i, { ...tables[i]!, rows: tables[i]!.rows.filter((_, k) => k !== r) });
