// Table block (docs/file-format.md#table-block): one step on a project table, as Chatlayer's Tables action
// offers them: insert a row, update, retrieve or delete the rows its filters match. A failure (no match,
// a value of the wrong type, an unknown table) goes to onError, else Error occurred.
import { z } from 'zod';
import { BlockId, VariablePath } from '../ids';
import { ColumnName, TableName } from '../table';
import { blockBase } from './base';
import { defineBlockKind, slotReference } from './kind';

export const TABLE_OPERATIONS = ['insert', 'update', 'retrieve', 'delete'] as const;
export const TableOperation = z.enum(TABLE_OPERATIONS);
export type TableOperation = z.infer<typeof TableOperation>;

export const FILTER_OPERATORS = ['equals', 'notEquals', 'contains', 'greaterThan', 'lessThan'] as const;
export const FilterOperator = z.enum(FILTER_OPERATORS);
export type FilterOperator = z.infer<typeof FilterOperator>;

/** One filter: the column, how it compares, and a template for the value (`{order.id}`). */
export const TableFilter = z.strictObject({
  column: ColumnName,
  operator: FilterOperator.default('equals'),
  value: z.string(),
});
export type TableFilter = z.infer<typeof TableFilter>;

export const TableBlock = z.strictObject({
  ...blockBase,
  type: z.literal('table'),
  operation: TableOperation,
  table: TableName,
  /** update, retrieve, delete: the rows every filter matches (all rows when there is none). */
  filters: z.array(TableFilter).optional(),
  /** insert, update: a template per column (a lone `{path}` keeps its type). */
  values: z.record(ColumnName, z.string()).optional(),
  /** retrieve: the variable the row (`first`) or the array of rows (`all`) goes to. */
  saveAs: VariablePath.optional(),
  /** retrieve: the first matching row as an object (default), or every matching row as an array. */
  retrieve: z.enum(['first', 'all']).optional(),
  next: BlockId.optional(),
  /** Where a failure goes: no matching row, a value of the wrong type, an unknown table or column. */
  onError: BlockId.optional(),
});
export type TableBlock = z.infer<typeof TableBlock>;

export const tableKind = defineBlockKind(TableBlock, {
  type: 'table',
  schemaName: 'TableBlock',
  optionalSlots: ['next', 'onError'],
  references: (block) => slotReference('onError', block.onError),
  messages: () => [],
  variablesSet: (block) => (block.operation === 'retrieve' && block.saveAs ? [block.saveAs] : []),
  variableFields: ['saveAs'],
  newBlock: (base): TableBlock => ({
    ...base,
    type: 'table',
    operation: 'retrieve',
    table: 'table',
    filters: [],
    saveAs: 'row',
  }),
});
