// Table block (docs/file-format.md#table-block): insert, update, retrieve or delete rows of the
// conversation's own copy of a project table; the project's rows never change. No matching row, a value
// that does not fit its column, or an unknown table or column fails to onError, else Error occurred.
import type { Table, TableBlock, TableCell, TableRow } from '../../model';
import type { Outcome, RuntimeContext } from '../runtime-context';
import {
  CellMismatch,
  describeFilters,
  fullRow,
  matchingRows,
  toCell,
  type ResolvedFilter,
} from '../table-rows';

class TableStepError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function column(table: Table, name: string, what: string) {
  const c = table.columns.find((col) => col.name === name);
  if (!c)
    throw new TableStepError(
      'table-unknown-column',
      `${what} names column "${name}", which table "${table.name}" does not have (its columns: ${table.columns.map((x) => x.name).join(', ')})`,
    );
  return c;
}

function cell(
  block: TableBlock,
  ctx: RuntimeContext,
  table: Table,
  name: string,
  template: string,
): TableCell {
  const c = column(table, name, 'a value');
  try {
    return toCell(c.name, c.type, ctx.json(template, block.id));
  } catch (e) {
    if (e instanceof CellMismatch) throw new TableStepError('table-type-mismatch', e.message);
    throw e;
  }
}

function filters(block: TableBlock, ctx: RuntimeContext, table: Table): ResolvedFilter[] {
  return (block.filters ?? []).map((f) => {
    const c = column(table, f.column, 'a filter');
    try {
      return {
        column: c.name,
        operator: f.operator,
        value: toCell(c.name, c.type, ctx.json(f.value, block.id)),
      };
    } catch (e) {
      if (e instanceof CellMismatch)
        throw new TableStepError('table-type-mismatch', `a filter's ${e.message}`);
      throw e;
    }
  });
}

/** The block's values as cells, all checked before any row changes. */
function values(block: TableBlock, ctx: RuntimeContext, table: Table): TableRow {
  const row: TableRow = {};
  for (const [name, template] of Object.entries(block.values ?? {}))
    row[name] = cell(block, ctx, table, name, template);
  return row;
}

/** Runs the step; returns the number of rows it touched. */
function step(block: TableBlock, ctx: RuntimeContext, table: Table, rows: TableRow[]): number {
  if (block.operation === 'insert') {
    rows.push(values(block, ctx, table));
    return 1;
  }
  const where = filters(block, ctx, table);
  const change = block.operation === 'update' ? values(block, ctx, table) : {};
  const found = matchingRows(rows, where);
  if (found.length === 0)
    throw new TableStepError(
      'table-no-match',
      `${block.operation} found no row in table "${table.name}" ${describeFilters(where)}`,
    );
  if (block.operation === 'update') for (const i of found) rows[i] = { ...rows[i], ...change };
  if (block.operation === 'delete') for (const i of [...found].reverse()) rows.splice(i, 1);
  if (block.operation === 'retrieve' && block.saveAs) {
    const picked = found.map((i) => fullRow(table, rows[i]!));
    ctx.set(block.saveAs, block.retrieve === 'all' ? picked : picked[0]!, 'table', block.id);
  }
  return block.operation === 'retrieve' && block.retrieve !== 'all' ? 1 : found.length;
}

export function runTableBlock(block: TableBlock, ctx: RuntimeContext): Outcome {
  const table = ctx.project.tables?.find((t) => t.name === block.table);
  const rows = ctx.tables[block.table];
  if (!table || !rows)
    return ctx.fail(
      block.id,
      block.onError,
      'table-unknown',
      `${block.id} uses table "${block.table}", which the project does not have: add it in the Tables panel or pick another`,
    );
  let count: number;
  try {
    count = step(block, ctx, table, rows);
  } catch (e) {
    if (!(e instanceof TableStepError)) throw e;
    return ctx.fail(block.id, block.onError, e.code, `${block.id}: ${e.message}`);
  }
  ctx.tracer.emit({ type: 'table', blockId: block.id, table: table.name, operation: block.operation, count });
  return ctx.follow(block.next);
}
