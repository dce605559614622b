// `botloom test --target chatlayer` end to end: the built CLI against the fake Chatlayer server, whose
// webhook channel runs the Botloom engine on the project and POSTs the bot's answers to the CLI's
// receiver.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../../engine/format';
import type { Project } from '../../../engine/model';
import { trainIntentClassifier } from '../../../engine/nlp';
import { fixedClock } from '../../../engine/runtime';
import {
  startFakeChatlayer,
  type FakeChatlayer,
  type FakeChatlayerOptions,
} from '../../fixtures/fake-chatlayer';
import { NO_STACK } from '../run-cli';
import { ChatlayerCli, freePort, lastLine, TOKEN, VERIFY_TOKEN } from './chatlayer-cli';

const examples = path.resolve(__dirname, '../../../examples');
function load(name: string): Project {
  const parsed = parseProject(readFileSync(path.join(examples, name), 'utf8'), name);
  if (!parsed.ok) throw new Error(`examples/${name} does not load`);
  return parsed.project;
}
const EXAMPLES = ['pizza-order.json', 'signup-form.json', 'support-triage.json'];

let cli: ChatlayerCli;
const fakes: FakeChatlayer[] = [];

beforeAll(() => {
  cli = new ChatlayerCli();
});
afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  cli.dispose();
});

/** A fake Chatlayer running `project` behind its webhook channel, delivering to a fresh local port. */
async function liveBot(project: Project, extra: Partial<FakeChatlayerOptions> = {}) {
  const port = await freePort();
  const fake = await startFakeChatlayer({
    token: TOKEN,
    project,
    webhookUrl: `http://127.0.0.1:${port}/chatlayer/webhook`,
    verifyToken: VERIFY_TOKEN,
    // The live bot understands intents as the local simulation does, and runs at the tests' date.
    classifier: project.intents.length
      ? await trainIntentClassifier(project.intents, project.language)
      : null,
    clock: fixedClock(),
    ...extra,
  });
  fakes.push(fake);
  return { fake, port };
}

const targetArgs = (file: string, fake: FakeChatlayer, port: number, ...more: string[]) => [
  'test',
  file,
  '--target',
  'chatlayer',
  '--base-url',
  fake.url,
  '--bot',
  '1001',
  '--channel',
  'channel-1',
  '--webhook-port',
  String(port),
  // Long enough for a loaded machine to deliver a turn's messages; every turn waits this long.
  '--settle-ms',
  '200',
  '--reply-timeout-ms',
  '1500',
  ...more,
];

describe('botloom test --target chatlayer', () => {
  it.each(EXAMPLES)(
    'passes every test of examples/%s against a live bot that runs the same project',
    async (name) => {
      const project = load(name);
      const { fake, port } = await liveBot(project);
      const file = cli.file(name, project);
      const r = await cli.cli(targetArgs(file, fake, port), {
        env: { BOTLOOM_CHATLAYER_VERIFY_TOKEN: VERIFY_TOKEN },
      });
      expect(r.stdout + r.stderr).not.toContain('✗');
      expect(r.status).toBe(0);
      expect(lastLine(r.stdout)).toBe(`${project.tests.length} passed, 0 failed`);
      expect(r.stderr).toContain(`receiving bot messages at http://127.0.0.1:${port}/chatlayer/webhook`);
      // Every test really talked to the live bot through the webhook channel.
      const started = new Set(fake.state.deliveries.map((d) => d.senderId));
      expect(started.size).toBe(project.tests.length);
      expect(fake.state.deliveries.every((d) => d.status === 200)).toBe(true);
    },
  );

  it('fails with exit 1 at the step where the live bot answers differently, showing expected, live and local', async () => {
    const project = load('pizza-order.json');
    const { fake, port } = await liveBot(project, {
      transform: (t) => t.replace('Shall I place the order?', 'Do you want it?'),
    });
    const file = cli.file('pizza-differs.json', project);
    const r = await cli.cli(
      targetArgs(file, fake, port, '--verify-token', VERIFY_TOKEN, '--grep', 'two large'),
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ orders two large margheritas');
    expect(r.stdout).toContain('step 9 {"bot":"2 × large margherita: €24.70. Shall I place the order?"}');
    expect(r.stdout).toContain('expected: "2 × large margherita: €24.70. Shall I place the order?"');
    expect(r.stdout).toContain('live:     "2 × large margherita: €24.70. Do you want it?"');
    expect(r.stdout).toContain('local:    "2 × large margherita: €24.70. Shall I place the order?"');
    expect(lastLine(r.stdout)).toBe('0 passed, 1 failed');
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('reports a live difference with the json reporter as a failed test with the step and the live message', async () => {
    const project = load('pizza-order.json');
    const { fake, port } = await liveBot(project, { transform: (t) => t.replace('We are open', 'We open') });
    const file = cli.file('pizza-hours.json', project);
    const out = cli.path('report.json');
    const r = await cli.cli(
      targetArgs(
        file,
        fake,
        port,
        '--verify-token',
        VERIFY_TOKEN,
        '--grep',
        'opening hours',
        '--reporter',
        'json',
        '--out',
        out,
      ),
    );
    expect(r.status).toBe(1);
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary).toMatchObject({ passed: 0, failed: 1, results: [{ status: 'failed', mode: 'live' }] });
    expect(summary.results[0].failure.actual).toContain('live');
    // The report went to a file: the person at the terminal still sees the differences.
    expect(r.stdout).toContain("✗ typing a button's title is a message; clicking it tells the opening hours");
  });

  it('exits 2 with one sentence when the token is refused', async () => {
    const project = load('pizza-order.json');
    const { fake, port } = await liveBot(project);
    const file = cli.file('pizza-401.json', project);
    const r = await cli.cli(targetArgs(file, fake, port, '--verify-token', VERIFY_TOKEN), {
      env: { BOTLOOM_CHATLAYER_TOKEN: 'wrong-token-1234567' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`The token was refused for ${new URL(fake.url).host}`);
    expect(r.stderr).toContain('Settings › Access tokens');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('exits 2 for an unknown bot, an unknown channel and an unreachable host', async () => {
    const project = load('pizza-order.json');
    const { fake, port } = await liveBot(project);
    const file = cli.file('pizza-2.json', project);
    const env = { env: { BOTLOOM_CHATLAYER_VERIFY_TOKEN: VERIFY_TOKEN } };

    const bot = await cli.cli(targetArgs(file, fake, port, '--bot', 'no-such-bot'), env);
    expect(bot.status).toBe(2);
    expect(bot.stderr).toContain('Bot no-such-bot is not among the 1 bot this token reaches');

    const channel = await cli.cli(targetArgs(file, fake, port, '--channel', 'no-such-channel'), env);
    expect(channel.status).toBe(2);
    expect(channel.stderr).toContain('check the bot id, the conversation id or the channel id');

    const closed = await freePort();
    const host = await cli.cli(targetArgs(file, fake, port, '--base-url', `http://127.0.0.1:${closed}`), env);
    expect(host.status).toBe(2);
    expect(host.stderr).toContain(`Could not reach Chatlayer at 127.0.0.1:${closed}`);
    for (const r of [bot, channel, host]) expect(r.stderr).not.toMatch(NO_STACK);
  });

  it("exits 2 for an address that is not Chatlayer's API and for a webhook port in use", async () => {
    const project = load('pizza-order.json');
    const { fake, port } = await liveBot(project);
    const file = cli.file('pizza-4.json', project);
    const env = { env: { BOTLOOM_CHATLAYER_VERIFY_TOKEN: VERIFY_TOKEN } };
    const notApi = await cli.cli(targetArgs(file, fake, port, '--base-url', `${fake.url}/elsewhere`), env);
    expect(notApi.status).toBe(2);
    expect(notApi.stderr).toContain(
      `${fake.url}/elsewhere does not answer GET /v1/bots, so it is not Chatlayer's v1 API: check --base-url`,
    );
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const busy = await cli.cli(targetArgs(file, fake, port), env);
      expect(busy.status).toBe(2);
      expect(busy.stderr).toContain(`Port ${port} is in use, so the webhook receiver cannot listen`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('exits 2 when no bot message reaches the receiver (a wrong verify token), and without a verify token', async () => {
    const project = load('pizza-order.json');
    const { fake, port } = await liveBot(project);
    const file = cli.file('pizza-3.json', project);
    const wrong = await cli.cli(
      targetArgs(
        file,
        fake,
        port,
        '--verify-token',
        'not-the-channels',
        '--grep',
        'opening hours',
        '--reply-timeout-ms',
        '300',
      ),
    );
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(
      /No bot message reached the webhook receiver at http:\/\/127\.0\.0\.1:\d+\/chatlayer\/webhook \(\d+ calls refused for a wrong verify token\)/,
    );

    const none = await cli.cli(targetArgs(file, fake, port));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(
      'No webhook verify token: pass --verify-token or set BOTLOOM_CHATLAYER_VERIFY_TOKEN',
    );
  });

  it('stops at Ctrl+C, counting the tests not run as skipped, and exits 130', async () => {
    const project = load('pizza-order.json');
    const { fake, port } = await liveBot(project);
    const file = cli.file('pizza-cancel.json', project);
    const r = await cli.cli(targetArgs(file, fake, port, '--verify-token', VERIFY_TOKEN), {
      interruptWhen: () => fake.state.deliveries.length > 0,
    });
    expect(r.status).toBe(130);
    expect(r.stderr).toContain('cancelling');
    expect(r.stdout).toMatch(/\(cancelled: [1-7] not run\)/);
  });

  it('never shows the token or the verify token, on screen or in a file', () => {
    expect(cli.runs.length).toBeGreaterThan(5);
    expect(cli.leaks(TOKEN)).toEqual([]);
    expect(cli.leaks(VERIFY_TOKEN)).toEqual([]);
  });
});
