// Table blocks as `table` actions. Chatlayer's Tables action (insert, update, retrieve, delete) is
// documented by name only: its bot-file layout is not known, so this action keeps Botloom's own fields
// and the export warns that the step must be checked (or rebuilt) in Chatlayer (docs/chatlayer.md#tables).
import { z } from 'zod';
import { TableBlock, type TableBlock as TableBlockType } from '../../model';
import { importActionJumps } from './action';
import { importHead, type ActionKind } from './kind';

const S = TableBlock.shape;
export const TableAction = z.strictObject({
  type: z.literal('table'),
  operation: S.operation,
  table: S.table,
  filters: S.filters,
  values: S.values,
  saveAs: S.saveAs,
  retrieve: S.retrieve,
});
export type TableAction = z.infer<typeof TableAction>;

export const tableChatlayer = {
  shape: 'action',
  type: 'table',
  schema: TableAction,
  export(block, ctx) {
    ctx.warn(
      `is a Tables ${block.operation} step on "${block.table}"; how Chatlayer's bot file stores a Tables action is not documented, so check it (or rebuild it) in Chatlayer after the import.`,
    );
    return {
      type: 'table',
      operation: block.operation,
      table: block.table,
      ...(block.filters?.length ? { filters: block.filters } : {}),
      ...(block.values && Object.keys(block.values).length ? { values: block.values } : {}),
      ...(block.saveAs !== undefined ? { saveAs: block.saveAs } : {}),
      ...(block.retrieve !== undefined ? { retrieve: block.retrieve } : {}),
    };
  },
  import(d, ctx, at): TableBlockType {
    const a = d.action;
    return {
      ...importHead(d),
      type: 'table',
      operation: a.operation,
      table: a.table,
      ...(a.filters ? { filters: a.filters } : {}),
      ...(a.values ? { values: a.values } : {}),
      ...(a.saveAs !== undefined ? { saveAs: a.saveAs } : {}),
      ...(a.retrieve !== undefined ? { retrieve: a.retrieve } : {}),
      ...importActionJumps(d, ctx, at),
    };
  },
} satisfies ActionKind<'table', typeof TableAction>;
