import { afterEach, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import { ChatlayerError, backoffMs, DEFAULT_RETRY_POLICY } from '../../../../engine/chatlayer/client';
import { seededRandom } from '../../../../engine/runtime';
import { caught, clientFor, retryWaits, TOKEN } from './fixtures';

let fake: FakeChatlayer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const start = async () =>
  (fake = await startFakeChatlayer({ token: TOKEN, rateLimit: { limit: 1200, windowMs: 1000 } }));

describe('retries', () => {
  it('never retries a 429 before its Retry-After, even when the reset comes sooner', async () => {
    await start();
    fake!.inject({ status: 429, retryAfterSeconds: 1, resetInMs: 100 });
    const { client } = clientFor(fake!);
    await client.listBots();
    const [first, retry] = fake!.state.requests;
    expect(first!.status).toBe(429);
    expect(retry!.status).toBe(200);
    expect(retry!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it('never retries a 429 before the rate-limit reset, even when Retry-After is shorter', async () => {
    await start();
    fake!.inject({ status: 429, retryAfterSeconds: 0.05, resetInMs: 400 });
    const { client } = clientFor(fake!);
    await client.listBots();
    const [first, retry] = fake!.state.requests;
    expect(retry!.at - first!.at).toBeGreaterThanOrEqual(400);
  });

  it('stops after 5 tries in all and says so', async () => {
    await start();
    fake!.inject({ status: 429, count: 10, resetInMs: 30 });
    const { client, lines } = clientFor(fake!);
    const e = (await caught(client.listBots())) as ChatlayerError;
    expect(e).toBeInstanceOf(ChatlayerError);
    expect(e.code).toBe('chatlayer-rate-limited');
    expect(e.message).toContain('Gave up after 5 tries');
    expect(fake!.state.requests).toHaveLength(5);
    expect(retryWaits(lines)).toHaveLength(4);
    // Every retry came after the reset its 429 announced.
    const r = fake!.state.requests;
    for (let i = 1; i < r.length; i++) expect(r[i]!.at - r[i - 1]!.at).toBeGreaterThanOrEqual(30);
  });

  it('jitters the waits: two clients with different random sources wait differently, and not all equally', async () => {
    await start();
    const waits: number[][] = [];
    for (const seed of [1, 2]) {
      fake!.inject({ status: 503, count: 4 });
      const { client, lines } = clientFor(fake!, { random: seededRandom(seed), baseDelayMs: 40 });
      await client.listBots();
      waits.push(retryWaits(lines));
    }
    expect(waits[0]).toHaveLength(4);
    expect(waits[1]).toHaveLength(4);
    expect(waits[0]).not.toEqual(waits[1]);
    expect(new Set(waits[0]).size).toBeGreaterThan(1);
    // Full jitter: each wait is within [0, base × 2^attempt).
    waits[0]!.forEach((w, i) => expect(w).toBeLessThan(40 * 2 ** i));
  });

  it('adds jitter on top of a 429 wait, so clients blocked together do not return together', async () => {
    await start();
    const waits: number[] = [];
    for (const seed of [3, 4]) {
      fake!.inject({ status: 429, resetInMs: 200 });
      const { client, lines } = clientFor(fake!, { random: seededRandom(seed), baseDelayMs: 200 });
      await client.listBots();
      waits.push(...retryWaits(lines));
    }
    expect(waits[0]).not.toBe(waits[1]);
  });

  it('computes full-jitter backoff capped by the longest wait', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000 };
    const top = () => 0.999999;
    expect([1, 2, 3, 4].map((a) => backoffMs(policy, a, top))).toEqual([999, 1999, 3999, 7999]);
    expect(backoffMs(policy, 20, top)).toBe(59_999);
    expect(backoffMs(policy, 3, () => 0)).toBe(0);
  });

  it('fails at once when a 429 asks for a wait longer than 60 s', async () => {
    await start();
    fake!.inject({ status: 429, retryAfterSeconds: 120 });
    const slept: number[] = [];
    const { client } = clientFor(fake!, { sleep: async (ms) => void slept.push(ms) });
    const e = (await caught(client.listBots())) as ChatlayerError;
    expect(e.code).toBe('chatlayer-rate-limited');
    expect(e.message).toMatch(/wait 120 s .* more than the 60 s/);
    expect(slept).toEqual([]);
    expect(fake!.state.requests).toHaveLength(1);
  });

  it('retries 5xx on idempotent calls (GET, NLP extract)', async () => {
    await start();
    const { client } = clientFor(fake!);
    fake!.inject({ status: 502, count: 2, path: '/v1/bots' });
    await expect(client.listBots()).resolves.toEqual([{ id: '1001', name: 'Bot 1' }]);
    fake!.inject({ status: 500, path: '/v1/bots/1001/nlp/extract' });
    await expect(client.nlpExtract('hello', 'en')).resolves.toMatchObject({ intents: [] });
    expect(fake!.state.statusCounts()).toEqual({ 200: 2, 500: 1, 502: 2 });
  });

  it('does not retry a 5xx on a call that could act twice', async () => {
    await start();
    fake!.inject({ status: 500 });
    const { client } = clientFor(fake!);
    const e = (await caught(
      client.request({
        method: 'POST',
        path: '/v1/bots/1001/publish',
        endpoint: 'POST /v1/bots/{botId}/publish',
        idempotent: false,
      }),
    )) as ChatlayerError;
    expect(e.code).toBe('chatlayer-server');
    expect(fake!.state.requests).toHaveLength(1);
  });

  it('retries a 429 even on a call that could act twice (the platform did not process it)', async () => {
    await start();
    fake!.inject({ status: 429, resetInMs: 20 });
    const { client } = clientFor(fake!);
    await client
      .request({
        method: 'POST',
        path: '/v1/bots/1001/pause-everything',
        endpoint: 'POST x',
        idempotent: false,
      })
      .catch(() => {});
    expect(fake!.state.requests.map((r) => r.status)).toEqual([429, 404]);
  });

  it('retries network errors on idempotent calls, and gives up as unusable connection', async () => {
    await start();
    const url = fake!.url;
    await fake!.close();
    fake = undefined;
    const { client, lines } = clientFor({ url } as FakeChatlayer, { maxTries: 3 });
    const e = (await caught(client.listBots())) as ChatlayerError;
    expect(e.code).toBe('chatlayer-network');
    expect(e.unusableConnection).toBe(true);
    expect(lines.filter((l) => l.includes('network error'))).toHaveLength(3);
    expect(e.message).toContain('Gave up after 3 tries');
  });
});
