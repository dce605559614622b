// Entity extraction's cost per user turn (issue 14), for bench/runtime.bench.ts: the mixed 5,000-block project with
// 50 entities (30 match entities with synonyms, 20 regex entities) and the system entities. Two measures, each
// alternating its two sides turn by turn in this process: (1) a typed user turn on the project with its 50
// entities against the same turn on the project without them; (2) the extraction the runtime runs for a turn
// (`extractEntities` with the project's options) on its own. With BENCH_BASELINE_ROOT=<a directory holding another
// commit's engine/, e.g. from `git archive <commit> engine`, with node_modules linked>, both also time that
// engine's runtime and extractor on the same turns, alternating, for a before/after in one process.
import os from 'node:os';
import path from 'node:path';
import { extractEntities, type ExtractOptions } from '../engine/entities';
import { Project, type Entity, type Json } from '../engine/model';
import { createConversation, fixedClock, type Conversation } from '../engine/runtime';
import type { HttpPort } from '../engine/http/http-port';
import type { CodeRunner } from '../engine/sandbox/code-runner';
import { generateProject } from '../test/builders';
import { percentile, type Figure } from './results';

const SYLLABLES = ['ba', 'ko', 'ri', 'ma', 'tel', 'von', 'su', 'ger', 'lin', 'dor', 'pa', 'an', 'wes', 'tu'];
/** A made-up word from a number: stable, pronounceable, rarely an English word. */
const word = (n: number) =>
  [0, 1, 2].map((k) => SYLLABLES[Math.floor(n / SYLLABLES.length ** k) % SYLLABLES.length]).join('');

/** 30 match entities of 8 values with 3 synonyms (one of two words), and 20 regex entities. */
export function benchEntities(): Entity[] {
  const match: Entity[] = Array.from({ length: 30 }, (_, e) => ({
    name: `thing_${e}`,
    kind: 'match',
    values: Array.from({ length: 8 }, (_, v) => {
      const n = e * 97 + v * 13;
      return { value: word(n), synonyms: [word(n + 1), `${word(n + 2)} ${word(n + 3)}`, word(n + 5)] };
    }),
  }));
  const regex: Entity[] = Array.from({ length: 20 }, (_, e) => ({
    name: `code_${e}`,
    kind: 'regex',
    pattern: e % 2 ? `\\b[A-Z]{2}${e}-\\d{4,6}\\b` : `\\bref${e}[a-z]{3}\\d{2}\\b`,
    ...(e % 3 === 0 ? { flags: 'i' } : {}),
  }));
  return [...match, ...regex];
}

/** What users type: plain turns, sentences with system entities, entity values, synonyms, typos and codes. */
export function benchTexts(): string[] {
  return [
    'hello',
    'yes please',
    'I would like to talk to someone about my order',
    'I want to fly to London tomorrow at 3pm with 2 people',
    'my number is 0487 23 02 03',
    'mail me at ann@example.com or see www.example.com',
    'it costs €20 and weighs 2 kg',
    'the third one, eighty eight',
    'in two days',
    'next Friday morning',
    // thing_2's first value and synonyms (n = 2 × 97 + 0 × 13 = 194), and a typo of thing_4's third value (414).
    `I need a ${word(194)} with ${word(195)}`,
    `can I get ${word(196)} ${word(197)} instead`,
    `${word(414).slice(0, -1)}x please`,
    `order AB13-123456 and ref4abc12`,
    'I have a question about the delivery of my parcel, it did not arrive yet and I am waiting since last week',
    'no',
  ];
}

const instantHttp: HttpPort = {
  request: async () => ({ status: 200, headers: {}, bodyText: '{"ok":true}', ms: 0, mocked: true }),
};
const instantCode: CodeRunner = {
  run: async () => ({ ok: true, response: { session: { namespace: 'calc', data: 1 } }, logs: [], ms: 0 }),
  dispose: async () => {},
};
const NOW = Date.UTC(2026, 11, 2, 9, 0);

function converse(create: Converse, project: Project, start: string, now: number): Conversation {
  return create(project, {
    http: instantHttp,
    codeRunner: instantCode,
    clock: fixedClock(now),
    seed: 1,
    session: {} as Record<string, Json>,
    startBlock: start,
  });
}

type Extract = (text: string, options: ExtractOptions) => unknown[];
type Converse = typeof createConversation;

/** Another checkout's extractor and runtime (BENCH_BASELINE_ROOT: a directory holding its engine/). */
async function loadBaseline(): Promise<{ extract: Extract; converse: Converse } | undefined> {
  const root = process.env['BENCH_BASELINE_ROOT'];
  if (!root) return undefined;
  const entities = (await import(path.join(root, 'engine/entities/index.ts'))) as {
    extractEntities: Extract;
  };
  const runtime = (await import(path.join(root, 'engine/runtime/index.ts'))) as {
    createConversation: Converse;
  };
  return { extract: entities.extractEntities, converse: runtime.createConversation };
}

/** Wall-clock and CPU time (user + system of this process) of each sample, in ms. */
class Samples {
  wall: number[] = [];
  cpu: number[] = [];
  async time(run: () => unknown, keep: boolean): Promise<void> {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (!keep) return;
    this.wall.push(wall);
    this.cpu.push((c.user + c.system) / 1000);
  }
}

export interface EntityCost {
  figures: Figure[];
  notes: string;
}

/** Times user turns with and without the 50 entities, and the extraction of each turn on its own. */
export async function entityCost(rounds = 40): Promise<EntityCost> {
  const loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  const base = Project.parse(generateProject({ blocks: 5_000, seed: 1 }));
  const entities = benchEntities();
  const withEntities = Project.parse({ ...base, entities });
  const ids = base.flows.flatMap((f) => f.blocks.map((b) => b.id));
  const texts = benchTexts();
  const baseline = await loadBaseline();
  const turnWith = new Samples();
  const turnWithout = new Samples();
  const turnBaseline = new Samples();
  // (1) The same turn on both projects (and on the baseline runtime with the entities), alternating which goes
  // first; each conversation starts at another block.
  for (let r = 0; r < rounds; r++) {
    const start = ids[(r * 7919) % ids.length]!;
    const sides = [
      { project: withEntities, samples: turnWith, converse: createConversation },
      { project: base, samples: turnWithout, converse: createConversation },
      ...(baseline ? [{ project: withEntities, samples: turnBaseline, converse: baseline.converse }] : []),
    ];
    if (r % 2) sides.reverse();
    // Each side and round has its own clock, so no side reuses the other's remembered system entities.
    const convs = sides.map((s, i) => converse(s.converse, s.project, start, NOW + r * 86_400_000 + i));
    for (const c of convs) await c.start();
    for (const text of texts)
      for (const [i, s] of sides.entries()) await s.samples.time(() => convs[i]!.say(text), r > 0);
  }
  // (2) The extraction of each turn on its own (what recogniseEntities runs), alternating with the baseline.
  const options: ExtractOptions = { language: withEntities.language, now: NOW, entities };
  const extractNow = new Samples();
  const extractBaseline = new Samples();
  for (let r = 0; r < rounds * 5; r++)
    for (const [k, text] of texts.entries()) {
      // A new clock per round, as in a live conversation, so no turn reuses the last turn's system entities.
      const opts = { ...options, now: NOW + r * 60_000 + k };
      const order: [Extract, Samples][] = [[extractEntities, extractNow]];
      if (baseline) order.push([baseline.extract, extractBaseline]);
      if (r % 2) order.reverse();
      for (const [extract, samples] of order) await samples.time(() => extract(text, opts), r > 0);
    }
  const ms = (name: string, value: number, target?: number): Figure => ({
    name,
    value,
    unit: 'ms',
    ...(target !== undefined ? { target: `≤ ${target} ms`, ok: value <= target } : {}),
  });
  const p = percentile;
  const addedCpu = p(turnWith.cpu, 95) - p(turnWithout.cpu, 95);
  const figures: Figure[] = [
    ms('entity extraction per user turn p95, CPU time (50 entities + system)', p(extractNow.cpu, 95), 2),
    ms('entity extraction per user turn p50, CPU time', p(extractNow.cpu, 50)),
    ms('entity extraction per user turn p95, wall clock', p(extractNow.wall, 95)),
    ms('user turn p95 with the 50 entities, CPU time', p(turnWith.cpu, 95)),
    ms('user turn p95 without them, CPU time', p(turnWithout.cpu, 95)),
    ms('added by the 50 entities: turn p95 with − without, CPU time', addedCpu, 2),
    ms(
      'added by the 50 entities: turn p95 with − without, wall clock',
      p(turnWith.wall, 95) - p(turnWithout.wall, 95),
    ),
  ];
  if (baseline)
    figures.push(
      ms('baseline: entity extraction per user turn p95, CPU time', p(extractBaseline.cpu, 95)),
      ms('baseline: entity extraction per user turn p50, CPU time', p(extractBaseline.cpu, 50)),
      ms('baseline: user turn p95 with the 50 entities, CPU time', p(turnBaseline.cpu, 95)),
      ms('baseline: user turn p50 with the 50 entities, CPU time', p(turnBaseline.cpu, 50)),
      ms('user turn p50 with the 50 entities, CPU time', p(turnWith.cpu, 50)),
    );
  const notes =
    `Entities: the mixed project above with 50 entities (30 match entities of 8 values with 3 synonyms each, 20 regex ` +
    `entities) and the system entities, which run on every typed turn of both sides. ${texts.length} typed texts ` +
    `(plain turns, sentences with dates, phones, e-mails, amounts, entity values, synonyms, a typo, codes) said in ` +
    `${rounds - 1} timed conversations per side (${turnWith.cpu.length} turns each), the sides alternating turn by turn; ` +
    `the extraction figures time \`extractEntities\` with the project's options on the same texts ` +
    `(${extractNow.cpu.length} calls, a new clock each round)` +
    (baseline
      ? `; "baseline" is the engine in ${process.env['BENCH_BASELINE_ROOT']}, alternating with this one in the same process.`
      : '.') +
    " CPU time is this process's user + system time around each call (process.cpuUsage): on a shared, loaded machine " +
    'the wall clock mostly measures waiting for a core, so the targets are judged on CPU time.' +
    ` Load average when this part started: ${loadAtStart} (1 / 5 / 15 min).`;
  console.log(`entity cost: load at start ${loadAtStart}`);
  return { figures, notes };
}
