// The onVariableChange (event) block kind's entry in the test table (../kinds.ts): builder, arbitrary and
// generators.
import fc from 'fast-check';
import { blockBase, id, path } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const onVariableChangeBuilders: KindBuilders<'onVariableChange'> = {
  build: (id, overrides = {}) => ({ id, type: 'onVariableChange', variable: 'status', ...overrides }),
  arbitrary: fc.record(
    { ...blockBase, type: fc.constant('onVariableChange' as const), variable: path, next: id },
    { requiredKeys: ['type', 'variable'] },
  ),
  share: 0,
  generate: (g) => ({
    ...g.base,
    type: 'onVariableChange',
    variable: g.known.length ? g.pick(g.known) : 'status',
    ...(g.following ? { next: g.following } : {}),
  }),
};
