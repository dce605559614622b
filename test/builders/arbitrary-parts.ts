// fast-check arbitraries of the parts of a botloom/1 project (ids, paths, texts, JSON values,
// conditions, buttons, messages), shared by every block kind's arbitrary and the project arbitrary.
import fc from 'fast-check';
import type { Button, Condition, Json, Message } from '../../engine/model';
import { COMPARISON_OPS } from '../../engine/model';

export const id = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,10}$/)
  .filter((i) => i !== '__proto__' && i !== 'constructor' && i !== 'prototype');
export const path = fc.stringMatching(/^[A-Za-z_][a-z0-9_]{0,5}(\.[a-z0-9_]{1,4}){0,2}$/);
export const key = fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__');
export const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
);
export const text = fc.string({
  maxLength: 20,
  unit: fc.constantFrom('a', 'b', ' ', '{', '}', 'é', '"', '\\', '\n', '\u{1F355}', '1'),
});

export const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    number,
    text,
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(key, tie('json'), { maxKeys: 3 }),
  ),
}));

export const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      { var: path, op: fc.constantFrom(...COMPARISON_OPS), value: json },
      { requiredKeys: ['var', 'op'] },
    ),
    fc.record({ all: fc.array(tie('condition'), { maxLength: 2 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 2 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

export const button: fc.Arbitrary<Button> = fc.oneof(
  fc.record(
    { title: text.filter((t) => t.length > 0), goTo: id, set: fc.dictionary(path, json, { maxKeys: 2 }) },
    { requiredKeys: ['title', 'goTo'] },
  ),
  fc.record({ title: text.filter((t) => t.length > 0), url: fc.webUrl() }),
);
export const message: fc.Arbitrary<Message> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), text }),
  fc.record({ kind: fc.constant('buttons' as const), text, buttons: fc.array(button, { maxLength: 3 }) }),
  fc.record({
    kind: fc.constant('quickReplies' as const),
    text,
    replies: fc.array(button, { maxLength: 3 }),
  }),
  fc.record(
    { kind: fc.constant('image' as const), url: fc.webUrl(), alt: text },
    { requiredKeys: ['kind', 'url'] },
  ),
  fc.record({
    kind: fc.constant('carousel' as const),
    cards: fc.array(
      fc.record(
        { title: text, subtitle: text, imageUrl: fc.webUrl(), buttons: fc.array(button, { maxLength: 2 }) },
        { requiredKeys: ['title', 'buttons'] },
      ),
      { maxLength: 2 },
    ),
  }),
);

/** Variables set on a transition: a short ordered list of paths and JSON values (strings are templates). */
export const transitionSets = fc.array(fc.record({ variable: path, value: json }), {
  minLength: 1,
  maxLength: 2,
});

/** The fields every block may have besides its id and type. */
export const blockBase = {
  name: text,
  position: fc.record({ x: fc.integer(), y: fc.integer() }),
  notes: text,
  contexts: fc.record(
    {
      input: fc.array(fc.stringMatching(/^[a-z_]{1,8}$/), { maxLength: 2 }),
      output: fc.array(
        fc.record({ name: fc.stringMatching(/^[a-z_]{1,8}$/), lifespan: fc.integer({ min: 1, max: 5 }) }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  ),
};
