// The getTime block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import { blockBase, id, path } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const getTimeBuilders: KindBuilders<'getTime'> = {
  build: (id, overrides = {}) => ({ id, type: 'getTime', variable: 'now', ...overrides }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('getTime' as const),
      variable: path,
      offsetHours: fc.integer({ min: -96, max: 96 }).map((q) => (q === 0 ? 0 : q / 4)),
      next: id,
    },
    { requiredKeys: ['type', 'variable'] },
  ),
  share: 0,
  generate: (g) => {
    const variable = `time.f${g.flow}_${g.index}`;
    g.known.push(variable);
    return {
      ...g.base,
      type: 'getTime',
      variable,
      offsetHours: g.int(5),
      ...(g.following ? { next: g.following } : {}),
    };
  },
};
