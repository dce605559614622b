// Conversation runtime throughput: block entries per second for message/goto turns on a generated
// 5,000-block project, whole turns on the mixed generated project (API and code ports instant), and the cost
// of entity extraction per typed turn on it with 50 entities (bench/runtime-entities.ts).
// Run: npx tsx bench/runtime.bench.ts
import { Project, type Block, type Json } from '../engine/model';
import { createConversation, fixedClock, type Conversation, type TurnResult } from '../engine/runtime';
import type { HttpPort } from '../engine/http/http-port';
import type { CodeRunner } from '../engine/sandbox/code-runner';
import { generateProject } from '../test/builders';
import { percentile, writeResults, type Figure } from './results';
import { entityCost } from './runtime-entities';

const BLOCKS = 5_000;
const SEGMENT = 500; // a block that waits every 500 blocks: each turn enters 500 blocks
const DURATION_MS = 3_000;

/** Message and Go To blocks in a ring; every SEGMENT-th block waits with a "next" button. */
function chainProject(): Project {
  const blocks: Block[] = Array.from({ length: BLOCKS }, (_, i): Block => {
    const next = `b${(i + 1) % BLOCKS}`;
    if (i % SEGMENT === SEGMENT - 1)
      return {
        id: `b${i}`,
        type: 'message',
        messages: [
          {
            kind: 'buttons',
            text: 'Continue, {user.name}?',
            buttons: [{ title: 'next', goTo: next, set: { n: '{n|increment}' } }],
          },
        ],
      };
    if (i % 2 === 0)
      return {
        id: `b${i}`,
        type: 'message',
        messages: [{ kind: 'text', text: `Step ${i} for {user.name} ({n})` }],
        next,
      };
    return {
      id: `b${i}`,
      type: 'goto',
      rules: [
        {
          when: {
            all: [
              { var: 'n', op: 'gt', value: 1e9 },
              { var: 'user.name', op: 'startsWith', value: 'zz' },
            ],
          },
          goTo: 'b0',
        },
      ],
      else: next,
    };
  });
  return Project.parse({
    format: 'botloom/1',
    name: 'Chain',
    startBlock: 'b0',
    flows: [{ id: 'main', name: 'Main', blocks }],
  });
}

const instantHttp: HttpPort = {
  request: async () => ({ status: 200, headers: {}, bodyText: '{"ok":true}', ms: 0, mocked: true }),
};
const instantCode: CodeRunner = {
  run: async () => ({ ok: true, response: { session: { namespace: 'calc', data: 1 } }, logs: [], ms: 0 }),
  dispose: async () => {},
};

function converse(project: Project, session: Record<string, Json>, startBlock?: string): Conversation {
  return createConversation(project, {
    http: instantHttp,
    codeRunner: instantCode,
    clock: fixedClock(),
    seed: 1,
    session,
    ...(startBlock ? { startBlock } : {}),
  });
}

async function chainThroughput(): Promise<{ perSecond: number; turnMs: number[]; entries: number }> {
  const project = chainProject();
  let entries = 0;
  const turnMs: number[] = [];
  // Warm-up
  for (let k = 0; k < 3; k++) {
    const c = converse(project, { user: { name: 'Ann' } });
    await c.start();
    for (let t = 0; t < 20; t++) await c.click('next');
  }
  const started = performance.now();
  while (performance.now() - started < DURATION_MS) {
    const c = converse(project, { user: { name: 'Ann' } });
    await c.start();
    for (let t = 0; t < 20; t++) {
      const t0 = performance.now();
      const turn = await c.click('next');
      turnMs.push(performance.now() - t0);
      for (const e of turn.events) if (e.type === 'enter') entries++;
    }
  }
  return { perSecond: entries / ((performance.now() - started) / 1000), turnMs, entries };
}

/** A plausible answer for the input block the bot waits at (undefined for a regex: no guess). */
function answerFor(block: Block | undefined): string | undefined {
  if (block?.type !== 'input') return 'hello';
  const v = block.validate;
  return {
    any: 'hello',
    number: '42',
    email: 'ann@example.com',
    phone: '+32 470 12 34 56',
    date: '2026-11-24',
    regex: undefined,
    choice: v.kind === 'choice' ? v.choices[0] : undefined,
    entity: 'tomorrow',
    url: 'www.example.com',
    time: 'at 3pm',
    location: 'Brussels',
    language: 'Dutch',
  }[v.kind];
}

/** Turns on the mixed generated project, each conversation starting at another block: click the first
 * button of the latest message that has one, else answer the waiting input block; a conversation stops
 * at its first turn that enters no block. */
async function generatedTurns(): Promise<{ turnMs: number[]; entries: number; seconds: number }> {
  const project = Project.parse(generateProject({ blocks: BLOCKS, seed: 1 }));
  const ids = project.flows.flatMap((f) => f.blocks.map((b) => b.id));
  const byId = new Map(project.flows.flatMap((f) => f.blocks.map((b) => [b.id, b] as const)));
  const turnMs: number[] = [];
  let entries = 0;
  let busy = 0;
  const timed = async (run: () => Promise<TurnResult>) => {
    const t0 = performance.now();
    const turn = await run();
    const ms = performance.now() - t0;
    busy += ms;
    const entered = turn.events.filter((e) => e.type === 'enter').length;
    entries += entered;
    return { ms, entered, turn };
  };
  for (let run = 0; run < 200; run++) {
    const c = converse(project, {}, ids[(run * 7919) % ids.length]);
    let latest = await timed(() => c.start());
    for (let t = 0; t < 25 && !c.ended && latest.entered > 0; t++) {
      const offer = [...latest.turn.events]
        .reverse()
        .find(
          (e) => e.type === 'message' && (e.message.kind === 'buttons' || e.message.kind === 'quickReplies'),
        );
      const message = offer?.type === 'message' ? offer.message : undefined;
      const title =
        message?.kind === 'buttons'
          ? message.buttons[0]?.title
          : message?.kind === 'quickReplies'
            ? message.replies[0]?.title
            : undefined;
      // A button is clicked (typed text equal to its title would be a message for the NLP).
      const text = title === undefined ? answerFor(byId.get(c.waitingAt ?? '')) : undefined;
      if (title === undefined && text === undefined) break;
      latest = await timed(() => (title !== undefined ? c.click(title) : c.say(text!)));
      turnMs.push(latest.ms);
    }
  }
  return { turnMs, entries, seconds: busy / 1000 };
}

const chain = await chainThroughput();
const mixed = await generatedTurns();
const entities = await entityCost();
const figures: Figure[] = [
  {
    name: 'message/goto block entries per second',
    value: chain.perSecond,
    unit: '/s',
    target: '≥ 50,000 /s',
    ok: chain.perSecond >= 50_000,
  },
  { name: 'message/goto turn of 500 entries p50', value: percentile(chain.turnMs, 50), unit: 'ms' },
  { name: 'message/goto turn of 500 entries p95', value: percentile(chain.turnMs, 95), unit: 'ms' },
  { name: 'mixed generated project: turn p50', value: percentile(mixed.turnMs, 50), unit: 'ms' },
  { name: 'mixed generated project: turn p95', value: percentile(mixed.turnMs, 95), unit: 'ms' },
  {
    name: 'mixed generated project: block entries per second',
    value: mixed.entries / mixed.seconds,
    unit: '/s',
  },
  ...entities.figures,
];
writeResults(
  'runtime',
  'Runtime: conversation turns on a 5,000-block project',
  figures,
  `Message/goto: a ring of ${BLOCKS} message and Go To blocks (templated texts, an all-condition per Go To) where every ${SEGMENT}th block waits with a button; ` +
    `each turn clicks it and enters ${SEGMENT} blocks, emitting and keeping every trace event (${chain.entries} entries in ${DURATION_MS / 1000} s). ` +
    `Mixed: test/builders generateProject({ blocks: ${BLOCKS} }) with instant HTTP and code ports, 200 conversations of up to 25 turns ` +
    `(each from another start block; the first button of the latest message that has buttons, else an answer that suits the waiting input block; a conversation stops at a turn that enters no block), ${mixed.entries} entries, ${mixed.turnMs.length} turns; ` +
    `its entries include API and code blocks, with trace warnings for the values the generator leaves unset.\n\n` +
    entities.notes,
);
