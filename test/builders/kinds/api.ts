// The api block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import type { BlockOf } from '../../../engine/model';
import { blockBase, id, json, key, path, text, transitionSets } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const apiBuilders: KindBuilders<'api'> = {
  build: (id, overrides = {}) => ({
    id,
    type: 'api',
    method: 'GET',
    url: `https://api.example.com/${id}`,
    ...overrides,
  }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('api' as const),
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE' as const),
      url: fc.webUrl(),
      headers: fc.dictionary(key, text, { maxKeys: 3 }),
      query: fc.dictionary(
        key,
        fc.oneof(
          json,
          id.map(($block) => ({ $block })),
        ),
        { maxKeys: 3 },
      ),
      body: json,
      auth: fc.oneof(
        fc.record({ kind: fc.constant('bearer' as const), token: text }),
        fc.record({ kind: fc.constant('basic' as const), username: text, password: text }),
      ),
      timeoutMs: fc.integer({ min: 1, max: 300_000 }),
      saveAs: path,
      next: id,
      nextSet: transitionSets,
      onError: id,
    },
    { requiredKeys: ['type', 'method', 'url'] },
  ),
  share: 0.14,
  generate: (g) => {
    const saveAs = `api.f${g.flow}_${g.index}`;
    const method = g.pick(['GET', 'POST', 'PUT'] as const);
    const block: BlockOf<'api'> = {
      ...g.base,
      type: 'api',
      method,
      url: `https://shop.example.com/items/${g.use()}`,
      headers: { Authorization: 'Bearer {secrets.shopToken}' },
      query: { lang: '{language}', ...(g.rnd() < 0.3 ? { back: { $block: g.anyBlock() } } : {}) },
      ...(method === 'GET' ? {} : { body: { who: '{user.name}', count: g.int(10), tags: ['a', 'b'] } }),
      timeoutMs: 5000,
      saveAs,
      onError: g.anyBlock(),
    };
    g.known.push(saveAs);
    return g.following ? { ...block, next: g.following } : block;
  },
};
