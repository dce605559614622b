// Offline traffic: the conversations pull-tests read, replayed on the project, give the same model as
// the Analytics API gives for them; unknown blocks in a path are listed and change nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAnalyticsClient,
  fetchTraffic,
  offlineTraffic,
  trafficFromPaths,
  transcriptsOfPulledTests,
} from '../../../../engine/chatlayer/analytics';
import { createChatlayerClient } from '../../../../engine/chatlayer/client';
import { pullTests, type PullResult } from '../../../../engine/chatlayer/pull';
import type { TrafficQuery, TrafficReport } from '../../../../engine/model';
import { startFakeChatlayer, type FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import { MARCH, noCode, trafficBot, trafficConversations } from './traffic-bot';

const TOKEN = 'analytics-t0ken-Value-42';
const march: TrafficQuery = { ...MARCH, channel: null, language: null };
let fake: FakeChatlayer;
let pulled: PullResult;
let live: TrafficReport;

const figures = (r: TrafficReport) => ({ blocks: r.blocks, edges: r.edges, worst: r.worst, max: r.max });

beforeAll(async () => {
  fake = await startFakeChatlayer({ token: TOKEN, conversations: await trafficConversations() });
  const fetch_ = (url: string, init: Parameters<typeof fetch>[1]) => fetch(url, init);
  const client = createChatlayerClient({ baseUrl: fake.url, token: TOKEN, botId: '1001', fetch: fetch_ });
  pulled = await pullTests(client, trafficBot);
  const analytics = createAnalyticsClient({ baseUrl: fake.url, token: TOKEN, botId: '1001', fetch: fetch_ });
  live = await fetchTraffic(analytics, trafficBot, march, { where: 'fake' });
});
afterAll(() => fake.close());

describe('offline traffic from pulled conversations', () => {
  it('keeps every conversation read as a transcript, silent and duplicate ones too', () => {
    expect(pulled.transcripts.map((t) => t.conversationId).sort()).toEqual(
      ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'].sort(),
    );
    expect(pulled.transcripts.find((t) => t.conversationId === 'c4')?.turns).toEqual([]);
    expect(pulled.transcripts.find((t) => t.conversationId === 'c1')?.startedAt).toBe(
      '2024-03-01T09:00:00.000Z',
    );
  });

  it('replays them into the same counts as the Analytics API gives for the range', async () => {
    const offline = await offlineTraffic(trafficBot, pulled.transcripts, march, { codeRunner: noCode });
    expect(offline.source).toBe('pulled');
    expect(offline.read).toBe(6);
    expect(offline.where).toBe('6 pulled conversations, replayed offline');
    expect(figures(offline)).toEqual(figures(live));
  });

  it('says that channel and language cannot be filtered offline', async () => {
    const offline = await offlineTraffic(
      trafficBot,
      pulled.transcripts,
      { ...march, language: 'fr' },
      {
        codeRunner: noCode,
      },
    );
    expect(offline.where).toContain('channel and language are not known offline');
    expect(figures(offline)).toEqual(figures(live));
  });

  it("falls back on the project's pulled tests, one per distinct transcript", async () => {
    const project = pulled.project;
    const transcripts = transcriptsOfPulledTests(project);
    expect(transcripts.length).toBe(pulled.added.length);
    const offline = await offlineTraffic(project, [], march, { codeRunner: noCode });
    expect(offline.where).toMatch(/pulled tests?, replayed offline/);
    // c4 (silent) made no test and c7 repeats c5: four distinct transcripts in March.
    expect(offline.blocks.find((b) => b.blockId === 'welcome')?.in).toBe(4);
  });

  it('stops on Cancel', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(
      offlineTraffic(trafficBot, pulled.transcripts, march, { codeRunner: noCode }, { signal: abort.signal }),
    ).rejects.toThrow();
  });

  it('lists blocks a path names that the project does not have, and changes nothing else', () => {
    const frame = { query: march, where: 'paths', read: 2, fetchedAt: 0 };
    const clean = trafficFromPaths(trafficBot, [['welcome', 'size', 'done'], ['welcome']], frame);
    const noisy = trafficFromPaths(
      trafficBot,
      [
        ['welcome', 'gone', 'size', 'done'],
        ['welcome', 'gone'],
      ],
      frame,
    );
    expect(noisy.unknownSteps).toEqual([{ stepId: 'gone', count: 2 }]);
    expect(figures(noisy)).toEqual(figures(clean));
  });
});
