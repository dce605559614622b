// The jsonBuilder block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import { blockBase, id, json, key } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const jsonBuilderBuilders: KindBuilders<'jsonBuilder'> = {
  build: (id, overrides = {}) => ({ id, type: 'jsonBuilder', data: { page: 'checkout' }, ...overrides }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('jsonBuilder' as const),
      data: fc.dictionary(key, json, { maxKeys: 3 }),
      toParentWindow: fc.boolean(),
      next: id,
    },
    { requiredKeys: ['type', 'data'] },
  ),
  share: 0,
  generate: (g) => ({
    ...g.base,
    type: 'jsonBuilder',
    data: { step: g.index, value: g.use() },
    ...(g.following ? { next: g.following } : {}),
  }),
};
