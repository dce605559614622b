// The clearSession block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import { blockBase, id } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const clearSessionBuilders: KindBuilders<'clearSession'> = {
  build: (id, overrides = {}) => ({ id, type: 'clearSession', ...overrides }),
  arbitrary: fc.record(
    { ...blockBase, type: fc.constant('clearSession' as const), next: id },
    { requiredKeys: ['type'] },
  ),
  share: 0,
  generate: (g) => ({
    ...g.base,
    type: 'clearSession',
    ...(g.following ? { next: g.following } : {}),
  }),
};
