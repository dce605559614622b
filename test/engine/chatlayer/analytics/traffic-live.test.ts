// Live traffic against the fake Chatlayer's analytics endpoints: the model matches the fake's counts
// exactly, pages are followed, the rate limit is respected, Cancel stops the fetch, and step ids the
// project does not have are listed and change nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAnalyticsClient,
  fetchTraffic,
  type AnalyticsClientOptions,
} from '../../../../engine/chatlayer/analytics';
import { ChatlayerError } from '../../../../engine/chatlayer/client';
import type { TrafficQuery, TrafficReport } from '../../../../engine/model';
import {
  startFakeChatlayer,
  type FakeChatlayer,
  type SeedConversation,
} from '../../../fixtures/fake-chatlayer';
import { stepEdges } from '../../../fixtures/fake-chatlayer/fake-analytics';
import { MARCH, MARCH_EN, trafficBot, trafficConversations } from './traffic-bot';

const TOKEN = 'analytics-t0ken-Value-42';
const query: TrafficQuery = { ...MARCH, channel: null, language: 'en' };
let conversations: SeedConversation[];
const fakes: FakeChatlayer[] = [];

beforeAll(async () => {
  conversations = await trafficConversations();
});
afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()));
});

async function fake(options: Parameters<typeof startFakeChatlayer>[0] = {}) {
  const f = await startFakeChatlayer({ token: TOKEN, conversations, ...options });
  fakes.push(f);
  return f;
}

const clientOf = (f: FakeChatlayer, extra: Partial<AnalyticsClientOptions> = {}) =>
  createAnalyticsClient({
    baseUrl: f.url,
    token: TOKEN,
    botId: '1001',
    fetch: (url, init) => fetch(url, init),
    baseDelayMs: 10,
    ...extra,
  });

const traffic = (f: FakeChatlayer, extra: Partial<AnalyticsClientOptions> = {}, q = query) =>
  fetchTraffic(clientOf(f, extra), trafficBot, q, { where: 'fake' });

const figures = (r: TrafficReport) => ({ blocks: r.blocks, edges: r.edges, worst: r.worst, max: r.max });

describe('live traffic from the Analytics API', () => {
  it('counts passes, edges and stops per block exactly as the fake counts them', async () => {
    const f = await fake();
    const report = await traffic(f);
    expect(report.blocks.map((b) => ({ ...b, dropShare: expect.closeTo(b.dropShare, 9) }))).toEqual(
      MARCH_EN.blocks.map((b) => ({ ...b, dropShare: expect.closeTo(b.dropShare, 9) })),
    );
    expect(report.edges).toEqual(MARCH_EN.edges);
    expect(report.worst.map((b) => b.blockId)).toEqual(MARCH_EN.worst);
    expect(report.max).toBe(5);
    expect(report.unknownSteps).toEqual([]);
    // Every edge of the report is the fake's own count for that pair, from either side.
    const inRange = f.state.conversations.filter(
      (c) => c.createdAt >= MARCH.since && c.createdAt < MARCH.until && c.language === 'en',
    );
    const ids = trafficBot.chatlayer!.ids!;
    for (const e of report.edges) {
      const targets = stepEdges(inRange, ids[e.from]!, 'targets');
      expect(targets.find((t) => t.stepId === ids[e.to])?.count).toBe(e.count);
    }
    const paths = f.state.requests.filter((r) => r.path.endsWith('/edges'));
    expect(paths).toHaveLength(8);
    expect(paths[0]!.path).toMatch(/^\/v1\/bots\/1001\/DRAFT\/flows\/st-[a-z]+\/edges$/);
    expect(paths[0]!.query).toMatchObject({ start_time: MARCH.since, end_time: MARCH.until, language: 'en' });
  });

  it('leaves out conversations outside the range and of another language', async () => {
    const f = await fake();
    const all = await traffic(
      f,
      {},
      { since: '2023-01-01T00:00:00.000Z', until: MARCH.until, channel: null, language: null },
    );
    expect(all.blocks.find((b) => b.blockId === 'welcome')?.in).toBe(7);
    const french = await traffic(f, {}, { ...query, language: 'fr' });
    expect(french.blocks.map((b) => [b.blockId, b.in])).toEqual([
      ['welcome', 1],
      ['help', 1],
    ]);
  });

  it('follows every page until a short one', async () => {
    const f = await fake();
    const report = await traffic(f, { pageLimit: 1 });
    expect(figures(report)).toEqual(figures(await traffic(await fake())));
    const pages = f.state.requests.filter((r) => r.path === '/v1/bots/1001/DRAFT/flows/st-welcome/edges');
    // sources: one item (start) + a short page; targets: three items (size, help, stop) + a short page.
    expect(pages.map((r) => `${r.query.type}:${r.query.page}`).sort()).toEqual(
      ['sources:1', 'sources:2', 'targets:1', 'targets:2', 'targets:3', 'targets:4'].sort(),
    );
  });

  it('keeps to the rate limit: waits for the window instead of running into 429s', async () => {
    const f = await fake({ rateLimit: { limit: 3, windowMs: 250 } });
    const report = await traffic(f);
    expect(figures(report)).toEqual(figures(await traffic(await fake())));
    expect(f.state.statusCounts()[429] ?? 0).toBe(0);
    // 8 calls at most 3 per window: they spread over at least three windows.
    const windows = new Map<number, number>();
    for (const r of f.state.requests)
      windows.set(Math.floor(r.at / 250), (windows.get(Math.floor(r.at / 250)) ?? 0) + 1);
    expect(Math.max(...windows.values())).toBeLessThanOrEqual(3);
    expect(windows.size).toBeGreaterThanOrEqual(3);
  });

  it('waits out an injected 429 and still counts everything once', async () => {
    const f = await fake();
    f.inject({ status: 429, retryAfterSeconds: 0.2, path: /\/edges$/ });
    const report = await traffic(f);
    expect(figures(report)).toEqual(figures(await traffic(await fake())));
    expect(f.state.statusCounts()[429]).toBe(1);
  });

  it('stops on Cancel, rejecting as cancelled, without asking for the rest', async () => {
    const f = await fake();
    f.inject({ delayMs: 150, count: 100, path: /\/edges$/ });
    const abort = new AbortController();
    const fetching = fetchTraffic(clientOf(f), trafficBot, query, {
      where: 'fake',
      concurrency: 1,
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(fetching).rejects.toSatisfy(
      (e) => e instanceof ChatlayerError || (e as Error).name === 'AbortError',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(f.state.requests.filter((r) => r.path.endsWith('/edges')).length).toBeLessThan(3);
  });

  it('lists step ids no block has, with their counts, and changes nothing else', async () => {
    const f = await fake({
      extraEdges: [
        { step: 'st-size', type: 'targets', stepId: 'st-deleted', count: 4 },
        { step: 'st-welcome', type: 'sources', stepId: 'st-deleted', count: 2 },
        { step: 'st-help', type: 'targets', stepId: 'st-ghost', count: 1 },
      ],
    });
    const report = await traffic(f);
    expect(report.unknownSteps).toEqual([
      { stepId: 'st-deleted', count: 6 },
      { stepId: 'st-ghost', count: 1 },
    ]);
    expect(figures(report)).toEqual(figures(await traffic(await fake())));
  });

  it('reports blocks without a Chatlayer id as not exported and asks nothing for them', async () => {
    const f = await fake();
    const project = { ...trafficBot, chatlayer: { ids: { welcome: 'st-welcome', size: 'st-size' } } };
    const report = await fetchTraffic(clientOf(f), project, query, { where: 'fake' });
    expect(report.notExported).toBe(2);
    expect(f.state.requests.filter((r) => r.path.endsWith('/edges'))).toHaveLength(4);
    // The edges into blocks without an id come back as step ids the project does not know.
    expect(report.unknownSteps.map((s) => s.stepId)).toEqual(['st-done', 'st-help']);
  });
});
