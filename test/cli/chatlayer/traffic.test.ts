// `botloom chatlayer traffic` end to end against the fake Chatlayer: the report as JSON and as text,
// the cache beside the project, --offline from the conversations `pull-tests` kept, quiet off a TTY,
// and Ctrl+C cancelling.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringifyProject } from '../../../engine/format';
import type { TrafficReport } from '../../../engine/model';
import { startFakeChatlayer, type FakeChatlayer } from '../../fixtures/fake-chatlayer';
import { MARCH_EN, trafficBot, trafficConversations } from '../../engine/chatlayer/analytics/traffic-bot';
import { ChatlayerCli, TOKEN } from './chatlayer-cli';

let fake: FakeChatlayer;
let cli: ChatlayerCli;

beforeAll(async () => {
  fake = await startFakeChatlayer({ token: TOKEN, conversations: await trafficConversations() });
  cli = new ChatlayerCli({ BOTLOOM_CHATLAYER_URL: fake.url });
});
afterAll(async () => {
  await fake.close();
  cli.dispose();
});

const project = stringifyProject({ ...trafficBot, chatlayer: { ...trafficBot.chatlayer, botId: '1001' } });
const march = ['--since', '2024-03-01', '--until', '2024-04-01'];

describe('botloom chatlayer traffic', () => {
  it('prints the report as JSON, nothing on standard error off a terminal, and caches it', async () => {
    const file = cli.file('traffic.json', project);
    const r = await cli.cli(['chatlayer', 'traffic', file, ...march, '--language', 'en', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as TrafficReport;
    expect(report.edges).toEqual(MARCH_EN.edges);
    expect(report.worst.map((b) => b.blockId)).toEqual(MARCH_EN.worst);
    expect(existsSync(path.join(path.dirname(file), 'traffic.traffic-cache'))).toBe(true);
    const again = await cli.cli(['chatlayer', 'traffic', file, ...march, '--language', 'en', '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ ...report, cached: true });
  });

  it('lists the worst drop-off blocks as text', async () => {
    const file = cli.file('text.json', project);
    const r = await cli.cli(['chatlayer', 'traffic', file, ...march]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Worst drop-off (share of passes that stopped there):');
    expect(r.stdout).toMatch(/33\.3%\s+1 of 3\s+\(size, Main\)/);
  });

  it('counts offline from the conversations pull-tests kept', async () => {
    const file = cli.file('offline.json', project);
    const pulled = await cli.cli(['chatlayer', 'pull-tests', file]);
    expect(pulled.stdout).toContain('Kept 7 conversations for offline traffic in');
    const r = await cli.cli(['chatlayer', 'traffic', file, ...march, '--offline', '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as TrafficReport;
    expect(report.source).toBe('pulled');
    expect(report.where).toBe('6 pulled conversations, replayed offline');
  }, 60_000);

  it('refuses a date that is not one', async () => {
    const file = cli.file('bad.json', project);
    const r = await cli.cli(['chatlayer', 'traffic', file, '--since', 'yesterday']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--since must be a date like 2025-03-01 (or an ISO time), not 'yesterday'");
  });

  it('cancels on Ctrl+C and prints no report', async () => {
    const file = cli.file('cancel.json', project);
    fake.inject({ delayMs: 400, count: 100, path: /\/edges$/ });
    const before = fake.state.requests.length;
    const r = await cli.cli(['chatlayer', 'traffic', file, ...march, '--refresh'], {
      interruptWhen: () => fake.state.requests.slice(before).some((q) => q.path.endsWith('/edges')),
    });
    expect(r.status).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cancelled');
  });
});
