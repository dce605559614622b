// fast-check arbitraries of valid botloom/1 projects (schema-valid; references need not resolve).
import fc from 'fast-check';
import type { Block, Button, Condition, Json, Message, Project } from '../../../engine/model';
import { COMPARISON_OPS } from '../../../engine/model';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/);
const path = fc.stringMatching(/^[A-Za-z_][a-z0-9_]{0,5}(\.[a-z0-9_]{1,4}){0,2}$/);
const key = fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__');
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
);
const text = fc.string({
  maxLength: 20,
  unit: fc.constantFrom('a', 'b', ' ', '{', '}', 'é', '"', '\\', '\n', '\u{1F355}', '1'),
});

const { json } = fc.letrec<{ json: Json }>((tie) => ({
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

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
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

const button: fc.Arbitrary<Button> = fc.oneof(
  fc.record(
    { title: text.filter((t) => t.length > 0), goTo: id, set: fc.dictionary(path, json, { maxKeys: 2 }) },
    { requiredKeys: ['title', 'goTo'] },
  ),
  fc.record({ title: text.filter((t) => t.length > 0), url: fc.webUrl() }),
);
const message: fc.Arbitrary<Message> = fc.oneof(
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

const base = { name: text, position: fc.record({ x: fc.integer(), y: fc.integer() }), notes: text };
const blockBody: fc.Arbitrary<Omit<Block, 'id'>> = fc.oneof(
  fc.record(
    {
      ...base,
      type: fc.constant('message' as const),
      messages: fc.array(message, { maxLength: 3 }),
      next: id,
    },
    { requiredKeys: ['type', 'messages'] },
  ),
  fc.record(
    {
      ...base,
      type: fc.constant('input' as const),
      prompt: fc.array(message, { maxLength: 2 }),
      variable: path,
      validate: fc.oneof(
        fc.constant({ kind: 'any' as const }),
        fc.record(
          { kind: fc.constant('number' as const), min: fc.integer(), max: fc.integer() },
          { requiredKeys: ['kind'] },
        ),
        fc.record(
          {
            kind: fc.constant('regex' as const),
            pattern: fc.constantFrom('^a$', '\\d+'),
            flags: fc.constantFrom('i', 'iu'),
          },
          { requiredKeys: ['kind', 'pattern'] },
        ),
        fc.record({
          kind: fc.constant('choice' as const),
          choices: fc.array(
            text.filter((t) => t.length > 0),
            { minLength: 1, maxLength: 3 },
          ),
        }),
      ),
      invalidMessage: text,
      maxAttempts: fc.integer({ min: 1, max: 100 }),
      onFail: id,
      askAlways: fc.boolean(),
      disableNlp: fc.boolean(),
      next: id,
    },
    { requiredKeys: ['type', 'prompt', 'variable', 'validate'] },
  ),
  fc.record(
    {
      ...base,
      type: fc.constant('goto' as const),
      rules: fc.array(fc.record({ when: condition, goTo: id }), { maxLength: 3 }),
      else: id,
    },
    { requiredKeys: ['type', 'rules'] },
  ),
  fc.record(
    {
      ...base,
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
      onError: id,
    },
    { requiredKeys: ['type', 'method', 'url'] },
  ),
  fc.record(
    {
      ...base,
      type: fc.constant('code' as const),
      code: text,
      args: fc.dictionary(key, json, { maxKeys: 3 }),
      timeoutMs: fc.integer({ min: 1, max: 600_000 }),
      memoryLimitMb: fc.integer({ min: 1, max: 4096 }),
      next: id,
      onError: id,
    },
    { requiredKeys: ['type', 'code'] },
  ),
) as fc.Arbitrary<Omit<Block, 'id'>>;

/** A schema-valid project with defaults filled in (as parsing returns it), ids unique. */
export const arbitraryProject: fc.Arbitrary<Project> = fc
  .record({
    ids: fc.uniqueArray(id, { minLength: 1, maxLength: 12 }),
    bodies: fc.array(blockBody, { minLength: 12, maxLength: 12 }),
    flowIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    name: text.filter((t) => t.length > 0),
    startBlock: id,
    fallbackBlock: fc.option(id, { nil: undefined }),
    variables: fc.array(
      fc.record(
        { name: path, description: text, default: json, sensitive: fc.boolean() },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 3 },
    ),
    intents: fc.array(
      fc.record(
        {
          id,
          examples: fc.array(
            text.filter((t) => t.length > 0),
            { minLength: 1, maxLength: 2 },
          ),
          block: id,
        },
        { requiredKeys: ['id', 'examples'] },
      ),
      { maxLength: 2 },
    ),
    tests: fc.array(
      fc.record(
        {
          name: text.filter((t) => t.length > 0),
          session: fc.dictionary(key, json, { maxKeys: 2 }),
          startBlock: id,
          steps: fc.array(
            fc.oneof(
              fc.record({ bot: text }),
              fc.record({ user: text }),
              fc.record({ expectVars: fc.dictionary(path, json, { maxKeys: 2 }) }),
              fc.constant({ expectEnd: true as const }),
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: ['name', 'steps'] },
      ),
      { maxLength: 2 },
    ),
    mocks: fc.array(
      fc.record(
        {
          method: fc.constantFrom('GET', 'POST' as const),
          url: fc.webUrl(),
          status: fc.integer({ min: 100, max: 599 }),
          body: json,
        },
        { requiredKeys: ['method', 'url', 'status'] },
      ),
      { maxLength: 2 },
    ),
    chatlayer: fc.option(
      fc.record(
        {
          region: fc.constantFrom('eu', 'us', 'asia' as const),
          botId: id,
          ids: fc.dictionary(id, fc.uuid(), { maxKeys: 3 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  })
  .map(({ ids, bodies, flowIds, fallbackBlock, chatlayer, ...rest }) => {
    const flows = flowIds.map((fid) => ({ id: fid, name: `Flow ${fid}`, blocks: [] as Block[] }));
    ids.forEach((bid, i) => flows[i % flows.length]!.blocks.push({ id: bid, ...bodies[i]! } as Block));
    return {
      format: 'botloom/1' as const,
      language: 'en',
      ...rest,
      ...(fallbackBlock === undefined ? {} : { fallbackBlock }),
      ...(chatlayer === undefined ? {} : { chatlayer }),
      flows,
    };
  });
