// Everything tests and benches know about each block kind, in one table keyed by kind: a builder with
// defaults, a fast-check arbitrary of any schema-valid block, and the shapes of the generated projects
// (the realistic generator and the canvas benchmark's grid). Adding a kind adds one entry here.
import fc from 'fast-check';
import type {
  BlockOf,
  BlockType,
  Condition,
  InputValidation,
  Json,
  JumpButton,
  Message,
  Position,
  Variable,
} from '../../engine/model';
import { blockBase, condition, id, json, key, message, path, text } from './arbitrary-parts';
import { text as textMessage } from './messages';

export type Overrides<B> = Partial<Omit<B, 'id' | 'type'>>;

/** What the realistic generator (generate-project.ts) gives a kind's block maker. */
export interface GenerateContext {
  rnd(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** Any block of the project. */
  anyBlock(): string;
  /** A `{variable}` template of a variable set so far. */
  use(): string;
  sentence(): string;
  /** Variables set so far (a block that sets one adds it). */
  known: string[];
  /** Declared variables (an input block declares its own). */
  variables: Variable[];
  base: { id: string; position: Position; name?: string };
  /** The block after this one in its flow, if any. */
  following: string | undefined;
  flow: number;
  index: number;
}

/** Where a block of the canvas benchmark's grid sits and points. */
export interface GridPlace {
  i: number;
  id: string;
  position: Position;
  /** The next block on the grid (none for the last). */
  next: string | undefined;
  /** A block one row further (wrapping round). */
  other: string;
}

export interface KindBuilders<K extends BlockType> {
  /** A valid block with sensible defaults (schema defaults filled in); overrides replace fields. */
  build(id: string, overrides?: Overrides<BlockOf<K>>): BlockOf<K>;
  /** Any schema-valid block of this kind, without its id (references need not resolve). */
  arbitrary: fc.Arbitrary<Omit<BlockOf<K>, 'id'>>;
  /** Its share of the blocks of generateProject (the shares add up to 1). */
  share: number;
  /** A realistic block for generateProject: valid references, variables set before use. */
  generate(g: GenerateContext): BlockOf<K>;
  /** The canvas benchmark's block: continuing to `next`, with buttons, rules or an error route to `other`. */
  grid(place: GridPlace): BlockOf<K>;
}

/** Every kind's builders: the type checker reports a kind that has none. */
export type BlockBuilders = { readonly [K in BlockType]: KindBuilders<K> };

function generatedCondition(g: GenerateContext, depth = 0): Condition {
  const r = g.rnd();
  if (depth < 2 && r < 0.15)
    return { all: [generatedCondition(g, depth + 1), generatedCondition(g, depth + 1)] };
  if (depth < 2 && r < 0.25)
    return { any: [generatedCondition(g, depth + 1), generatedCondition(g, depth + 1)] };
  if (depth < 2 && r < 0.3) return { not: generatedCondition(g, depth + 1) };
  const v = g.pick(g.known);
  const op = g.pick(['eq', 'ne', 'gt', 'lt', 'contains', 'matches', 'exists', 'empty'] as const);
  if (op === 'exists' || op === 'empty') return { var: v, op };
  const value: Json =
    op === 'matches'
      ? '^yes|y$'
      : op === 'gt' || op === 'lt'
        ? g.int(100)
        : g.pick(['yes', 'no', `{${g.pick(g.known)}}`]);
  return { var: v, op, value };
}

export const BLOCK_BUILDERS: BlockBuilders = {
  message: {
    build: (id, overrides = {}) => ({
      id,
      type: 'message',
      messages: [textMessage(`This is ${id}.`)],
      ...overrides,
    }),
    arbitrary: fc.record(
      {
        ...blockBase,
        type: fc.constant('message' as const),
        messages: fc.array(message, { maxLength: 3 }),
        next: id,
      },
      { requiredKeys: ['type', 'messages'] },
    ),
    share: 0.35,
    generate: (g) => {
      const messages: Message[] = [{ kind: 'text', text: g.sentence() }];
      const r = g.rnd();
      const buttons = (): JumpButton[] =>
        Array.from({ length: 1 + g.int(3) }, (_, k) => ({
          title: `Option ${k + 1}`,
          goTo: g.anyBlock(),
          ...(k === 0 ? { set: { 'choice.last': `option ${k + 1}` } } : {}),
        }));
      if (r < 0.2) messages.push({ kind: 'buttons', text: 'Choose:', buttons: buttons() });
      else if (r < 0.3) messages.push({ kind: 'quickReplies', text: 'Quick:', replies: buttons() });
      else if (r < 0.35)
        messages.push({ kind: 'image', url: `https://img.example.com/${g.base.id}.png`, alt: 'A picture' });
      else if (r < 0.4)
        messages.push({
          kind: 'carousel',
          cards: [
            {
              title: 'Card',
              subtitle: g.use(),
              buttons: [{ title: 'More', url: 'https://example.com' }, ...buttons()],
            },
          ],
        });
      const following = g.following;
      const waits = following !== undefined && g.rnd() < 0.15;
      if (waits)
        messages.push({ kind: 'buttons', text: 'Continue?', buttons: [{ title: 'Yes', goTo: following }] });
      return { ...g.base, type: 'message', messages, ...(following && !waits ? { next: following } : {}) };
    },
    grid: ({ i, id, position, next, other }) => ({
      id,
      type: 'message',
      position,
      messages: [
        {
          kind: 'buttons',
          text: `Hello {user.name}, step ${i}`,
          buttons: [
            { title: 'Yes', goTo: other },
            { title: 'No', goTo: next ?? 'b0' },
          ],
        },
      ],
    }),
  },

  input: {
    build: (id, overrides = {}) => ({
      id,
      type: 'input',
      prompt: [textMessage(`What is your ${id}?`)],
      variable: `answers.${id}`,
      validate: { kind: 'any' },
      ...overrides,
    }),
    arbitrary: fc.record(
      {
        ...blockBase,
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
    share: 0.2,
    generate: (g) => {
      const variable = `f${g.flow}.answer_${g.index}`;
      const validations: InputValidation[] = [
        { kind: 'any' },
        { kind: 'email' },
        { kind: 'phone' },
        { kind: 'date' },
        { kind: 'number', min: 0, max: 100 },
        { kind: 'regex', pattern: '^[A-Z]{2}\\d{4}$', flags: 'i' },
        { kind: 'choice', choices: ['small', 'medium', 'large'] },
      ];
      const block: BlockOf<'input'> = {
        ...g.base,
        type: 'input',
        prompt: [{ kind: 'text', text: `Please answer, ${g.use()}.` }],
        variable,
        validate: g.pick(validations),
        invalidMessage: 'Sorry, try again.',
      };
      if (g.rnd() < 0.5) Object.assign(block, { maxAttempts: 1 + g.int(4), onFail: g.anyBlock() });
      g.variables.push({ name: variable, ...(g.rnd() < 0.05 ? { sensitive: true } : {}) });
      g.known.push(variable);
      return g.following ? { ...block, next: g.following } : block;
    },
    grid: ({ i, id, position, next }) => ({
      id,
      type: 'input',
      position,
      prompt: [{ kind: 'text', text: `Question ${i}?` }],
      variable: `answers.q${i}`,
      validate: { kind: 'any' },
      next,
    }),
  },

  goto: {
    build: (id, overrides = {}) => ({ id, type: 'goto', rules: [], ...overrides }),
    arbitrary: fc.record(
      {
        ...blockBase,
        type: fc.constant('goto' as const),
        rules: fc.array(fc.record({ when: condition, goTo: id }), { maxLength: 3 }),
        else: id,
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
    grid: ({ i, id, position, next, other }) => ({
      id,
      type: 'goto',
      position,
      rules: [{ when: { var: `answers.q${i - 1}`, op: 'eq', value: 'yes' }, goTo: other }],
      else: next,
    }),
  },

  api: {
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
    grid: ({ i, id, position, next, other }) => ({
      id,
      type: 'api',
      position,
      method: 'GET',
      url: `https://api.example.com/items/${i}`,
      saveAs: `items.i${i}`,
      next,
      onError: other,
    }),
  },

  code: {
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
    grid: ({ i, id, position, next, other }) => ({
      id,
      type: 'code',
      position,
      code: `const b = ChatlayerResponseBuilder();\nb.addSessionVariable('n', ${i});\nb.send();`,
      next,
      onError: other,
    }),
  },
};

/** The builders of one kind, typed for its blocks. */
export const buildersOf = <K extends BlockType>(type: K): KindBuilders<K> =>
  BLOCK_BUILDERS[type] as KindBuilders<K>;
