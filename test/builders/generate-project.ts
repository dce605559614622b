// A generated, realistic project for benchmarks and property tests: `generateProject({ blocks: 5000,
// seed: 1 })` spreads the five block types over several flows, every reference valid, every block
// reachable and every template variable set somewhere, so validation reports nothing.
import type {
  ApiBlock,
  Block,
  CodeBlock,
  Condition,
  Flow,
  GotoBlock,
  InputBlock,
  InputValidation,
  Intent,
  Json,
  JumpButton,
  Message,
  MessageBlock,
  Project,
  Variable,
} from '../../engine/model';

export interface GenerateProjectOptions {
  /** Total number of blocks (at least 1). */
  blocks: number;
  seed?: number;
  /** Number of flows (default: one per 500 blocks, at least 1). */
  flows?: number;
}

type Kind = Block['type'];
const MIX: [Kind, number][] = [
  ['message', 0.35],
  ['input', 0.2],
  ['goto', 0.18],
  ['api', 0.14],
  ['code', 0.13],
];

function random(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateProject(options: GenerateProjectOptions): Project {
  const total = Math.max(1, Math.floor(options.blocks));
  const rnd = random(options.seed ?? 1);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const flowCount = Math.max(1, Math.min(total, options.flows ?? Math.ceil(total / 500)));

  // Plan every id first so that any block may point at any other.
  const plan: { flow: string; id: string; kind: Kind }[][] = [];
  for (let f = 0, made = 0; f < flowCount; f++) {
    const size = Math.floor(total / flowCount) + (f < total % flowCount ? 1 : 0);
    const flowId = `flow_${f}`;
    const row: { flow: string; id: string; kind: Kind }[] = [];
    for (let i = 0; i < size; i++, made++) {
      let r = rnd();
      const kind = MIX.find(([, w]) => (r -= w) < 0)?.[0] ?? 'message';
      row.push({ flow: flowId, id: `f${f}_${kind}_${i}`, kind });
    }
    plan.push(row);
  }
  const allIds = plan.flat().map((p) => p.id);
  const anyBlock = () => pick(allIds);

  const variables: Variable[] = [
    { name: 'user.name', description: 'The user\u2019s first name', default: null },
  ];
  const known: string[] = ['user.name', 'lastUserMessage', 'language'];
  const use = () => `{${pick(known)}}`;
  const sentence = () =>
    pick(['Hello', 'Great', 'Thanks', 'Sure', 'Got it', 'One moment']) +
    `, ${use()}! ` +
    pick(['What next?', 'Pick one.', 'Here you go.', 'Anything else?']);

  const flows: Flow[] = plan.map((row, f) => {
    const blocks: Block[] = row.map((p, i) => {
      const following = row[i + 1]?.id ?? plan[f + 1]?.[0]?.id;
      const position = { x: (i % 20) * 320, y: Math.floor(i / 20) * 200 };
      const base = { id: p.id, position, ...(rnd() < 0.3 ? { name: `Step ${i} of ${p.flow}` } : {}) };
      switch (p.kind) {
        case 'message':
          return messageBlock(base, following);
        case 'input':
          return inputBlock(base, following, `f${f}.answer_${i}`);
        case 'goto':
          return gotoBlock(base, following);
        case 'api':
          return apiBlock(base, following, `api.f${f}_${i}`);
        case 'code':
          return codeBlock(base, following, `calc.f${f}_${i}`);
      }
    });
    return { id: `flow_${f}`, name: `Flow ${f}`, blocks };
  });

  function messageBlock(base: Pick<Block, 'id'>, following: string | undefined): MessageBlock {
    const messages: Message[] = [{ kind: 'text', text: sentence() }];
    const r = rnd();
    const buttons = (): JumpButton[] =>
      Array.from({ length: 1 + int(3) }, (_, k) => ({
        title: `Option ${k + 1}`,
        goTo: anyBlock(),
        ...(k === 0 ? { set: { 'choice.last': `option ${k + 1}` } } : {}),
      }));
    if (r < 0.2) messages.push({ kind: 'buttons', text: 'Choose:', buttons: buttons() });
    else if (r < 0.3) messages.push({ kind: 'quickReplies', text: 'Quick:', replies: buttons() });
    else if (r < 0.35)
      messages.push({ kind: 'image', url: `https://img.example.com/${base.id}.png`, alt: 'A picture' });
    else if (r < 0.4)
      messages.push({
        kind: 'carousel',
        cards: [
          {
            title: 'Card',
            subtitle: use(),
            buttons: [{ title: 'More', url: 'https://example.com' }, ...buttons()],
          },
        ],
      });
    const waits = following !== undefined && rnd() < 0.15;
    if (waits)
      messages.push({ kind: 'buttons', text: 'Continue?', buttons: [{ title: 'Yes', goTo: following }] });
    return { ...base, type: 'message', messages, ...(following && !waits ? { next: following } : {}) };
  }

  function inputBlock(base: Pick<Block, 'id'>, following: string | undefined, variable: string): InputBlock {
    const validations: InputValidation[] = [
      { kind: 'any' },
      { kind: 'email' },
      { kind: 'phone' },
      { kind: 'date' },
      { kind: 'number', min: 0, max: 100 },
      { kind: 'regex', pattern: '^[A-Z]{2}\\d{4}$', flags: 'i' },
      { kind: 'choice', choices: ['small', 'medium', 'large'] },
    ];
    const block: InputBlock = {
      ...base,
      type: 'input',
      prompt: [{ kind: 'text', text: `Please answer, ${use()}.` }],
      variable,
      validate: pick(validations),
      invalidMessage: 'Sorry, try again.',
    };
    if (rnd() < 0.5) Object.assign(block, { maxAttempts: 1 + int(4), onFail: anyBlock() });
    variables.push({ name: variable, ...(rnd() < 0.05 ? { sensitive: true } : {}) });
    known.push(variable);
    return following ? { ...block, next: following } : block;
  }

  function condition(depth = 0): Condition {
    const r = rnd();
    if (depth < 2 && r < 0.15) return { all: [condition(depth + 1), condition(depth + 1)] };
    if (depth < 2 && r < 0.25) return { any: [condition(depth + 1), condition(depth + 1)] };
    if (depth < 2 && r < 0.3) return { not: condition(depth + 1) };
    const v = pick(known);
    const op = pick(['eq', 'ne', 'gt', 'lt', 'contains', 'matches', 'exists', 'empty'] as const);
    if (op === 'exists' || op === 'empty') return { var: v, op };
    const value: Json =
      op === 'matches'
        ? '^yes|y$'
        : op === 'gt' || op === 'lt'
          ? int(100)
          : pick(['yes', 'no', `{${pick(known)}}`]);
    return { var: v, op, value };
  }

  function gotoBlock(base: Pick<Block, 'id'>, following: string | undefined): GotoBlock {
    const rules = Array.from({ length: 1 + int(3) }, () => ({ when: condition(), goTo: anyBlock() }));
    return { ...base, type: 'goto', rules, else: following ?? anyBlock() };
  }

  function apiBlock(base: Pick<Block, 'id'>, following: string | undefined, saveAs: string): ApiBlock {
    const method = pick(['GET', 'POST', 'PUT'] as const);
    const block: ApiBlock = {
      ...base,
      type: 'api',
      method,
      url: `https://shop.example.com/items/${use()}`,
      headers: { Authorization: 'Bearer {secrets.shopToken}' },
      query: { lang: '{language}', ...(rnd() < 0.3 ? { back: { $block: anyBlock() } } : {}) },
      ...(method === 'GET' ? {} : { body: { who: '{user.name}', count: int(10), tags: ['a', 'b'] } }),
      timeoutMs: 5000,
      saveAs,
      onError: anyBlock(),
    };
    known.push(saveAs);
    return following ? { ...block, next: following } : block;
  }

  function codeBlock(base: Pick<Block, 'id'>, following: string | undefined, namespace: string): CodeBlock {
    const jump = rnd() < 0.2 ? `\nif (total > 50) b.setNextDialogState('${anyBlock()}');` : '';
    const source = [
      'const b = ChatlayerResponseBuilder();',
      'const items = _.range(1, (args.count || 3) + 1);',
      'const total = _.sum(items.map((n) => n * 2));',
      `b.addSessionVariable('${namespace}', { total, items });${jump}`,
      "if (total > 10) b.addMessage('That is ' + total);",
      'b.send();',
    ].join('\n');
    known.push(namespace);
    const block: CodeBlock = {
      ...base,
      type: 'code',
      code: source,
      args: { count: int(9), name: '{user.name}' },
      onError: anyBlock(),
    };
    return following ? { ...block, next: following } : block;
  }

  const messageIds = plan
    .flat()
    .filter((p) => p.kind === 'message')
    .map((p) => p.id);
  const intents: Intent[] = Array.from({ length: Math.max(1, Math.floor(total / 100)) }, (_, k) => ({
    id: `intent_${k}`,
    examples: [`I want option ${k}`, `option ${k} please`, `show me ${k}`],
    block: anyBlock(),
  }));
  return {
    format: 'botloom/1',
    name: `Generated bot (${total} blocks)`,
    language: 'en',
    startBlock: allIds[0]!,
    ...(messageIds.length ? { fallbackBlock: pick(messageIds) } : {}),
    variables,
    intents,
    flows,
    tests: [
      { name: 'starts', steps: [{ user: 'hello' }] },
      {
        name: 'starts mid-flow',
        startBlock: anyBlock(),
        session: { user: { name: 'Ann' } },
        steps: [{ user: 'yes' }],
      },
    ],
    mocks: [{ method: 'GET', url: 'https://shop.example.com/*', status: 200, body: { ok: true } }],
  };
}
