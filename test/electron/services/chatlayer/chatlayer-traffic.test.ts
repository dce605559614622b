// chatlayer.traffic through dispatch on a real host against the fake Chatlayer: live counts with progress
// events, the cache beside the project (not in it), offline counts from pulled conversations, Cancel,
// and input checked before anything runs.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARCH_EN, trafficBot, trafficConversations } from '../../../engine/chatlayer/analytics/traffic-bot';
import { useChatlayerHosts } from './chatlayer-host';

const { open, fakeFor } = useChatlayerHosts();
const march = { since: '2024-03-01', until: '2024-04-01' };
const edgeCalls = (fake: { state: { requests: { path: string }[] } }) =>
  fake.state.requests.filter((r) => r.path.endsWith('/edges')).length;

describe('chatlayer.traffic', () => {
  it('counts live traffic per block with progress, and keeps it beside the project for the next call', async () => {
    const { fake } = await fakeFor(trafficBot, { conversations: await trafficConversations() });
    const o = await open(trafficBot, fake);
    const report = await o.call('chatlayer.traffic', { path: o.file, runId: 't1', ...march, language: 'en' });
    expect(report.source).toBe('live');
    expect(report.cached).toBe(false);
    expect(report.edges).toEqual(MARCH_EN.edges);
    expect(report.worst.map((b) => b.blockId)).toEqual(MARCH_EN.worst);
    const progress = o.events.filter((e) => e.event === 'app.progress').map((e) => e.payload);
    expect(progress.at(-1)).toMatchObject({ id: 't1', finished: true });
    const folder = path.join(path.dirname(o.file), 'bot.traffic-cache');
    expect(readdirSync(folder).filter((f) => f.startsWith('traffic-'))).toHaveLength(1);
    const calls = edgeCalls(fake);
    const again = await o.call('chatlayer.traffic', { path: o.file, runId: 't2', ...march, language: 'en' });
    expect(again).toEqual({ ...report, cached: true });
    expect(edgeCalls(fake)).toBe(calls);
    const project = (await o.call('projects.get', { path: o.file })).project;
    expect(JSON.stringify(project)).not.toContain('traffic');
    const refreshed = await o.call('chatlayer.traffic', {
      path: o.file,
      runId: 't3',
      ...march,
      language: 'en',
      refresh: true,
    });
    expect(refreshed.cached).toBe(false);
    expect(edgeCalls(fake)).toBe(2 * calls);
  });

  it('counts offline from the conversations a pull kept beside the project', async () => {
    const { fake } = await fakeFor(trafficBot, { conversations: await trafficConversations() });
    const o = await open(trafficBot, fake);
    await o.call('chatlayer.pullTests', { path: o.file, runId: 'p1' });
    expect(
      existsSync(path.join(path.dirname(o.file), 'bot.traffic-cache', 'pulled-conversations.json')),
    ).toBe(true);
    const live = await o.call('chatlayer.traffic', { path: o.file, runId: 't1', ...march });
    const offline = await o.call('chatlayer.traffic', {
      path: o.file,
      runId: 't2',
      ...march,
      source: 'pulled',
    });
    expect(offline.source).toBe('pulled');
    expect(offline.where).toBe('6 pulled conversations, replayed offline');
    expect({ blocks: offline.blocks, edges: offline.edges }).toEqual({
      blocks: live.blocks,
      edges: live.edges,
    });
  });

  it('counts offline without a token unless asked for live counts', async () => {
    const { fake } = await fakeFor(trafficBot);
    const o = await open(trafficBot, fake, null);
    const auto = await o.call('chatlayer.traffic', { path: o.file, runId: 'a', ...march });
    expect(auto).toMatchObject({ source: 'pulled', where: '0 pulled tests, replayed offline', blocks: [] });
    const live = await o.fail('chatlayer.traffic', { path: o.file, runId: 'l', ...march, source: 'live' });
    expect(live.code).toBe('chatlayer-not-configured');
    expect(edgeCalls(fake)).toBe(0);
  });

  it('stops on chatlayer.cancel with the code cancelled', async () => {
    const { fake } = await fakeFor(trafficBot, { conversations: await trafficConversations() });
    fake.inject({ delayMs: 300, count: 100, path: /\/edges$/ });
    const o = await open(trafficBot, fake);
    const pending = o.fail('chatlayer.traffic', { path: o.file, runId: 'slow', ...march });
    await new Promise((r) => setTimeout(r, 200));
    expect(await o.call('chatlayer.cancel', { runId: 'slow' })).toEqual({ cancelled: true });
    expect((await pending).code).toBe('cancelled');
  });

  it('refuses a range that ends before it starts', async () => {
    const { fake } = await fakeFor(trafficBot);
    const o = await open(trafficBot, fake);
    const error = await o.fail('chatlayer.traffic', {
      path: o.file,
      runId: 'bad',
      since: '2024-04-01',
      until: '2024-03-01',
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('until must be after since');
    expect(edgeCalls(fake)).toBe(0);
  });
});
