// The goto block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import { blockBase, condition, id, transitionSets } from '../arbitrary-parts';
import { generatedCondition, type KindBuilders } from '../kind-contract';

export const gotoBuilders: KindBuilders<'goto'> = {
  build: (id, overrides = {}) => ({ id, type: 'goto', rules: [], ...overrides }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('goto' as const),
      rules: fc.array(
        fc.record({ when: condition, goTo: id, set: transitionSets }, { requiredKeys: ['when', 'goTo'] }),
        { maxLength: 3 },
      ),
      else: id,
      elseSet: transitionSets,
    },
    { requiredKeys: ['type', 'rules'] },
  ),
  share: 0.18,
  generate: (g) => {
    const rules = Array.from({ length: 1 + g.int(3) }, () => ({
      when: generatedCondition(g),
      goTo: g.anyBlock(),
    }));
    return { ...g.base, type: 'goto', rules, else: g.following ?? g.anyBlock() };
  },
};
