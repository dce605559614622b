// A generated, realistic project for benchmarks and property tests: `generateProject({ blocks: 5000,
// seed: 1 })` spreads the block types over several flows (each kind's share and shape in kinds.ts), every reference valid, every block
// reachable and every template variable set somewhere, so validation reports nothing.
import { BLOCK_TYPES } from '../../engine/model';
import type { Block, BlockType, Flow, Intent, Project, Variable } from '../../engine/model';
import { buildersOf, type GenerateContext } from './kinds';

export interface GenerateProjectOptions {
  /** Total number of blocks (at least 1). */
  blocks: number;
  seed?: number;
  /** Number of flows (default: one per 500 blocks, at least 1). */
  flows?: number;
}

type Kind = BlockType;

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
      const kind = BLOCK_TYPES.find((t) => (r -= buildersOf(t).share) < 0) ?? 'message';
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
      const context: GenerateContext = {
        rnd,
        int,
        pick,
        anyBlock,
        use,
        sentence,
        known,
        variables,
        base,
        following,
        flow: f,
        index: i,
      };
      return buildersOf(p.kind).generate(context);
    });
    return { id: `flow_${f}`, name: `Flow ${f}`, blocks };
  });

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
