// The table block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import { FILTER_OPERATORS, TABLE_OPERATIONS } from '../../../engine/model';
import { blockBase, id, path, text } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

const name = fc.constantFrom('orders', 'stock', 'Customers_2', 'x-list');

export const tableBuilders: KindBuilders<'table'> = {
  build: (id, overrides = {}) => ({
    id,
    type: 'table',
    operation: 'retrieve',
    table: 'orders',
    filters: [{ column: 'id', operator: 'equals', value: '{order.id}' }],
    saveAs: 'order.row',
    ...overrides,
  }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('table' as const),
      operation: fc.constantFrom(...TABLE_OPERATIONS),
      table: name,
      filters: fc.array(
        fc.record({ column: name, operator: fc.constantFrom(...FILTER_OPERATORS), value: text }),
        { maxLength: 2 },
      ),
      values: fc.dictionary(name, text, { maxKeys: 2 }),
      saveAs: path,
      retrieve: fc.constantFrom('first' as const, 'all' as const),
      next: id,
      onError: id,
    },
    { requiredKeys: ['type', 'operation', 'table'] },
  ),
  share: 0,
  generate: (g) => ({
    ...g.base,
    type: 'table',
    operation: 'insert',
    table: 'answers',
    values: { answer: g.use() },
    ...(g.following ? { next: g.following } : {}),
  }),
};
