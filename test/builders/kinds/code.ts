// The code block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import type { BlockOf } from '../../../engine/model';
import { blockBase, id, json, key, text, transitionSets } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const codeBuilders: KindBuilders<'code'> = {
  build: (id, overrides = {}) => ({
    id,
    type: 'code',
    code: "ChatlayerResponseBuilder().addMessage('done').send();",
    ...overrides,
  }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('code' as const),
      code: text,
      args: fc.dictionary(key, json, { maxKeys: 3 }),
      timeoutMs: fc.integer({ min: 1, max: 600_000 }),
      memoryLimitMb: fc.integer({ min: 1, max: 4096 }),
      next: id,
      nextSet: transitionSets,
      onError: id,
    },
    { requiredKeys: ['type', 'code'] },
  ),
  share: 0.13,
  generate: (g) => {
    const namespace = `calc.f${g.flow}_${g.index}`;
    const jump = g.rnd() < 0.2 ? `\nif (total > 50) b.setNextDialogState('${g.anyBlock()}');` : '';
    const source = [
      'const b = ChatlayerResponseBuilder();',
      'const items = _.range(1, (args.count || 3) + 1);',
      'const total = _.sum(items.map((n) => n * 2));',
      `b.addSessionVariable('${namespace}', { total, items });${jump}`,
      "if (total > 10) b.addMessage('That is ' + total);",
      'b.send();',
    ].join('\n');
    g.known.push(namespace);
    const block: BlockOf<'code'> = {
      ...g.base,
      type: 'code',
      code: source,
      args: { count: g.int(9), name: '{user.name}' },
      onError: g.anyBlock(),
    };
    return g.following ? { ...block, next: g.following } : block;
  },
};
