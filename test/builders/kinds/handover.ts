// The handover (Send to agent) block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import { blockBase, text } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const handoverBuilders: KindBuilders<'handover'> = {
  build: (id, overrides = {}) => ({ id, type: 'handover', ...overrides }),
  arbitrary: fc.record(
    { ...blockBase, type: fc.constant('handover' as const), note: text },
    { requiredKeys: ['type'] },
  ),
  share: 0,
  generate: (g) => ({ ...g.base, type: 'handover' }),
};
