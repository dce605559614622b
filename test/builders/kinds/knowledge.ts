// The knowledge (Generate answer) block kind's entry in the test table (../kinds.ts): builder, arbitrary
// and generators.
import fc from 'fast-check';
import { blockBase, id, path } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const knowledgeBuilders: KindBuilders<'knowledge'> = {
  build: (id, overrides = {}) => ({ id, type: 'knowledge', variable: 'kb', ...overrides }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('knowledge' as const),
      question: fc.constantFrom('{lastUserMessage}', 'opening hours', 'What is {topic}?'),
      variable: path,
      tags: fc.array(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { maxLength: 3 }),
      threshold: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      next: id,
      noAnswer: id,
    },
    { requiredKeys: ['type', 'variable'] },
  ),
  share: 0,
  generate: (g) => {
    const variable = `kb.f${g.flow}_${g.index}`;
    g.known.push(variable);
    return {
      ...g.base,
      type: 'knowledge',
      variable,
      ...(g.following ? { next: g.following } : {}),
    };
  },
};
