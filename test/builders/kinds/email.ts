// The email block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import { blockBase, id, text } from '../arbitrary-parts';
import { type KindBuilders } from '../kind-contract';

export const emailBuilders: KindBuilders<'email'> = {
  build: (id, overrides = {}) => ({
    id,
    type: 'email',
    to: 'team@example.com',
    subject: 'New lead',
    body: 'A visitor asked for a call back.',
    ...overrides,
  }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('email' as const),
      to: fc.oneof(fc.emailAddress(), text),
      subject: text,
      body: text,
      next: id,
    },
    { requiredKeys: ['type', 'to', 'subject', 'body'] },
  ),
  share: 0,
  generate: (g) => ({
    ...g.base,
    type: 'email',
    to: 'sales@example.com',
    subject: `Lead from flow ${g.flow}`,
    body: `The visitor said: ${g.use()}`,
    ...(g.following ? { next: g.following } : {}),
  }),
};
