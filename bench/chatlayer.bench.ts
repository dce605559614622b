// Chatlayer client pacing against the fake server: requests per second at the server's limit, and the
// time of 3,000 requests at 1,200 per 1 s window as a ratio of the theoretical minimum.
// Theoretical minimum of N requests at L per window W, starting at a window boundary:
//   (ceil(N / L) - 1) × W + one request's latency
// (the last window's requests can start at its beginning; the last of them needs one round trip).
// Run: npx tsx bench/chatlayer.bench.ts
import { createChatlayerClient, type ChatlayerClient } from '../engine/chatlayer/client';
import { startFakeChatlayer, type FakeChatlayer } from '../test/fixtures/fake-chatlayer';
import { percentile, writeResults, type Figure } from './results';

const TOKEN = 'bench:token-value';
const LIMIT = 1200;
const WINDOW_MS = 1000;
const N = 3000;
const CONCURRENCY = 64;
const RUNS = 3;

const client = (fake: FakeChatlayer): ChatlayerClient =>
  createChatlayerClient({ baseUrl: fake.url, token: TOKEN, botId: 'bot-1', fetch: (u, i) => fetch(u, i) });

async function drive(n: number, call: () => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) {
        next++;
        await call();
      }
    }),
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const untilBoundary = () => sleep(WINDOW_MS - (Date.now() % WINDOW_MS));

/** Median latency of one request, alone, against a server without a limit. */
async function singleLatency(): Promise<number> {
  const fake = await startFakeChatlayer({ token: TOKEN, rateLimit: null });
  const c = client(fake);
  const ms: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await c.listBots();
    ms.push(performance.now() - t);
  }
  await fake.close();
  return percentile(ms.slice(50), 50);
}

/** Requests per second of the fake server with no limit (so that the limit, not the server, is what binds). */
async function unlimitedRate(): Promise<number> {
  const fake = await startFakeChatlayer({ token: TOKEN, rateLimit: null });
  const c = client(fake);
  await drive(500, () => c.listBots());
  const t = performance.now();
  await drive(6000, () => c.listBots());
  const rate = 6000 / ((performance.now() - t) / 1000);
  await fake.close();
  return rate;
}

async function timedRun(resetUnit: 'ms' | 's'): Promise<{ ms: number; tooMany: number; ok: number }> {
  const fake = await startFakeChatlayer({
    token: TOKEN,
    rateLimit: { limit: LIMIT, windowMs: WINDOW_MS, resetUnit },
  });
  const c = client(fake);
  await untilBoundary();
  const t = performance.now();
  await drive(N, () => c.listBots());
  const ms = performance.now() - t;
  const counts = fake.state.statusCounts();
  await fake.close();
  return { ms, tooMany: counts[429] ?? 0, ok: counts[200] ?? 0 };
}

/** Sustained rate: requests served per second in the full windows of a 7-window run (first and last excluded). */
async function sustainedRate(): Promise<{ rate: number; tooMany: number }> {
  const fake = await startFakeChatlayer({ token: TOKEN, rateLimit: { limit: LIMIT, windowMs: WINDOW_MS } });
  const c = client(fake);
  await drive(LIMIT * 7, () => c.listBots());
  const perWindow = new Map<number, number>();
  for (const r of fake.state.requests) {
    const w = Math.floor(r.at / WINDOW_MS);
    if (r.status === 200) perWindow.set(w, (perWindow.get(w) ?? 0) + 1);
  }
  const interior = [...perWindow.entries()]
    .sort((a, b) => a[0] - b[0])
    .slice(1, -1)
    .map(([, n]) => n);
  const rate = (interior.reduce((a, b) => a + b, 0) / interior.length) * (1000 / WINDOW_MS);
  const tooMany = fake.state.statusCounts()[429] ?? 0;
  await fake.close();
  return { rate, tooMany };
}

const latency = await singleLatency();
const capacity = await unlimitedRate();
const minimum = (Math.ceil(N / LIMIT) - 1) * WINDOW_MS + latency;
const runs = { ms: [] as number[], s: [] as number[] };
let tooMany = 0;
for (let i = 0; i < RUNS; i++)
  for (const unit of ['ms', 's'] as const) {
    const r = await timedRun(unit);
    if (r.ok !== N) throw new Error(`only ${r.ok} of ${N} requests succeeded`);
    runs[unit].push(r.ms);
    tooMany += r.tooMany;
  }
const sustained = await sustainedRate();
tooMany += sustained.tooMany;
const ratioMs = percentile(runs.ms, 50) / minimum;
const ratioS = percentile(runs.s, 50) / minimum;
const worst = Math.max(...runs.ms, ...runs.s) / minimum;

const figures: Figure[] = [
  {
    name: `requests per second at the limit (${LIMIT} per ${WINDOW_MS} ms; full windows of a 7-window run)`,
    value: sustained.rate,
    unit: 'req/s',
    target: `≥ 95 % of ${LIMIT}, none over`,
    ok: sustained.rate >= LIMIT * 0.95 && sustained.rate <= LIMIT,
  },
  {
    name: `${N} requests / theoretical minimum, reset in epoch ms (median of ${RUNS})`,
    value: ratioMs,
    unit: '×',
    target: '≤ 1.1',
    ok: ratioMs <= 1.1,
  },
  {
    name: `${N} requests / theoretical minimum, reset in epoch s (median of ${RUNS})`,
    value: ratioS,
    unit: '×',
    target: '≤ 1.1',
    ok: ratioS <= 1.1,
  },
  { name: 'worst run / theoretical minimum', value: worst, unit: '×' },
  { name: `${N} requests, median time (reset in ms)`, value: percentile(runs.ms, 50), unit: 'ms' },
  { name: '429 answers over all runs', value: tooMany, unit: '', target: '0', ok: tooMany === 0 },
  { name: 'one request alone (median latency)', value: latency, unit: 'ms' },
  { name: 'fake server without a limit', value: capacity, unit: 'req/s' },
];
writeResults(
  'chatlayer',
  'Chatlayer client pacing (fake server)',
  figures,
  `Theoretical minimum of N requests at L per window W, starting at a window boundary: (ceil(N/L) - 1) × W plus one
request's latency = ${minimum.toFixed(0)} ms here. Each timed run uses a fresh client (no knowledge of the limit: it
sends one probe, then paces from the x-ratelimit-* headers) with ${CONCURRENCY} concurrent callers, starting at a window
boundary; the client waits for each reset plus a 25 ms margin. "Requests per second at the limit" counts the requests the
server answered 200 in each full window of a 7-window run (the limit allows at most ${LIMIT}).`,
);
