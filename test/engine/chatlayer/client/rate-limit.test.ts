import { afterEach, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import { RateLimiter } from '../../../../engine/chatlayer/client';
import { clientFor, TOKEN } from './fixtures';

let fake: FakeChatlayer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Runs `n` calls with `concurrency` workers pulling from one queue. */
async function run(n: number, concurrency: number, call: () => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        await call();
      }
    }),
  );
}

describe('rate limiting against the fake server', () => {
  it('completes 3,000 requests at 1,200 per 1 s window with zero 429s', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, rateLimit: { limit: 1200, windowMs: 1000 } });
    const { client } = clientFor(fake);
    await run(3000, 64, () => client.listBots());
    const counts = fake.state.statusCounts();
    expect(counts[200]).toBe(3000);
    expect(counts[429]).toBeUndefined();
  }, 20_000);

  it('stays under the limit with resets in epoch seconds and a burst of concurrent calls', async () => {
    fake = await startFakeChatlayer({
      token: TOKEN,
      rateLimit: { limit: 50, windowMs: 1000, resetUnit: 's' },
    });
    const { client } = clientFor(fake);
    await Promise.all(Array.from({ length: 120 }, () => client.listBots()));
    expect(fake.state.statusCounts()).toEqual({ 200: 120 });
    // Never more than 50 requests arrived in one server window.
    const perWindow = new Map<number, number>();
    for (const r of fake.state.requests)
      perWindow.set(Math.floor(r.at / 1000), (perWindow.get(Math.floor(r.at / 1000)) ?? 0) + 1);
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(50);
  }, 20_000);

  it('is what makes the difference: a client without pacing gets 429s from the same server', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, rateLimit: { limit: 20, windowMs: 60_000 } });
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${fake!.url}/v1/bots`, { headers: { authorization: `Bearer ${TOKEN}` } }),
      ),
    );
    expect(answers.filter((a) => a.status === 429)).toHaveLength(20);
    expect(answers.find((a) => a.status === 429)!.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('sends a single probe until the first answer tells the limit', async () => {
    let t = 0;
    const limiter = new RateLimiter(
      () => t,
      async (ms) => void (t += ms),
    );
    await limiter.acquire();
    let second = false;
    const pending = limiter.acquire().then(() => (second = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(second).toBe(false);
    const h = new Headers({
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '9',
      'x-ratelimit-reset': String(1e12 + 1000),
    });
    limiter.settle(h);
    await pending;
    expect(limiter.state).toMatchObject({ limit: 10, remaining: 9, inFlight: 1 });
  });

  it('reads a small reset as seconds from now and ignores late answers of a finished window', async () => {
    let t = 1_700_000_000_000;
    const slept: number[] = [];
    const limiter = new RateLimiter(
      () => t,
      async (ms) => {
        slept.push(ms);
        t += ms;
      },
    );
    await limiter.acquire();
    limiter.settle(
      new Headers({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' }),
    );
    await limiter.acquire(); // waits out the 2 s window (+ margin)
    expect(slept).toEqual([2025]);
    // A late answer of the old window (reset in the past) does not spend the new window's budget.
    limiter.settle(
      new Headers({
        'x-ratelimit-limit': '2',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(t - 500),
      }),
    );
    await limiter.acquire();
    expect(slept).toEqual([2025]);
  });
});
