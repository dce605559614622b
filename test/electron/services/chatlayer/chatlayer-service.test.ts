// The host's chatlayer.* methods through dispatch on a real host (project store, secret store, QuickJS),
// against the fake Chatlayer server: status, export preview and export (history, ids, undo), live
// conformance, pulled tests, the NLP check, cancel, and a token that never shows in an answer or event.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringifyProject } from '../../../../engine/format';
import type { Project } from '../../../../engine/model';
import { createQuickJsCodeRunner } from '../../../../engine/node';
import type { CodeRunner } from '../../../../engine/sandbox/code-runner';
import { dispatch, type MethodInput, type MethodName, type MethodOutput } from '../../../../electron/api';
import { createHost, type Host } from '../../../../electron/host';
import { createChatlayerService } from '../../../../electron/services/chatlayer';
import { createHostEvents } from '../../../../electron/services/host-events';
import { createPlainFileStore } from '../../../../electron/services/secrets';
import type { FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import { message } from '../../../builders';
import { useTempDir } from '../project-store/temp-dir';
import { example, freePort, liveBot, recorded, TOKEN, VERIFY_TOKEN } from './live-bot';

const dir = useTempDir();
/** Every answer and event of the file, serialised, to look for the token in. */
const seen: string[] = [];
const hosts: Host[] = [];
const fakes: FakeChatlayer[] = [];
let runner: CodeRunner;

beforeAll(() => {
  runner = createQuickJsCodeRunner();
});
// Registered after useTempDir's, so these run first: hosts close before their folder goes.
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
afterAll(() => runner.dispose());

const tokenParts = [TOKEN, ...TOKEN.split(':'), VERIFY_TOKEN];

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

interface Opened {
  call: Call;
  /** The error of a call expected to fail. */
  fail<M extends MethodName>(method: M, input: MethodInput<M>): Promise<{ code: string; message: string }>;
  file: string;
  events: { event: string; payload: unknown }[];
}

/** A host with `project` open (settings pointing at `fake`) and, unless told otherwise, the token stored. */
async function open(project: Project, fake: FakeChatlayer, token: string | null = TOKEN): Promise<Opened> {
  const root = path.join(dir(), `h${hosts.length}`);
  const host = await createHost({
    shell: 'web',
    version: '0.0.0-test',
    dataDir: path.join(root, 'data'),
    secrets: createPlainFileStore({ dataDir: path.join(root, 'data'), reason: 'test' }),
  });
  hosts.push(host);
  const events: Opened['events'] = [];
  host.events.listen((event, payload) => {
    events.push({ event, payload });
    seen.push(JSON.stringify(payload));
  });
  const raw = async (method: string, input: unknown) => {
    const envelope = await dispatch(host.services, method, input, { transport: 'direct' });
    seen.push(JSON.stringify(envelope));
    return envelope;
  };
  const call: Call = async (method, input) => {
    const r = await raw(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value as never;
  };
  const source = path.join(root, 'bot.json');
  const settings = { baseUrl: fake.url, botId: 'bot-1', webhookChannelId: 'channel-1' };
  writeFileSync(source, stringifyProject({ ...project, chatlayer: { ...project.chatlayer, ...settings } }));
  const { path: file } = await call('projects.import', { source, target: path.join(root, 'bot.botloom') });
  await call('projects.open', { path: file });
  if (token) await call('secrets.set', { name: 'chatlayer.token', value: token });
  return {
    call,
    file,
    events,
    async fail(method, input) {
      const r = await raw(method, input);
      if (r.ok) throw new Error(`${method} was expected to fail`);
      return r.error;
    },
  };
}

async function fakeFor(project: Project, extra: Parameters<typeof liveBot>[2] = {}) {
  const port = await freePort();
  const fake = await liveBot(project, port, extra);
  fakes.push(fake);
  return { fake, port };
}

const conformance = (file: string, port: number, more: { grep?: string; runId?: string } = {}) => ({
  path: file,
  runId: more.runId ?? `run-${port}`,
  webhookPort: port,
  verifyToken: VERIFY_TOKEN,
  // Long enough for a loaded machine to deliver a turn's messages; every turn waits this long.
  settleMs: 200,
  replyTimeoutMs: 1500,
  ...(more.grep ? { grep: more.grep } : {}),
});

describe('chatlayer.status', () => {
  it('checks the stored token with GET /v1/bots and tells where the connection goes, never the token', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    const status = await o.call('chatlayer.status', { path: o.file });
    expect(status).toMatchObject({
      label: new URL(fake.url).host,
      tokenSource: 'secret store',
      version: 'DRAFT',
      bot: { id: 'bot-1', name: 'Bot 1', found: true },
      channelId: 'channel-1',
      problem: null,
    });
    expect(fake.state.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /v1/bots 200']);
  });

  it('says the token was refused (401), or that there is none, in one sentence', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const refused = await open(example('pizza-order.json'), fake, 'tokid-0000wrong:s3cr3t-notTheOne');
    const error = await refused.fail('chatlayer.status', { path: refused.file });
    expect(error.code).toBe('chatlayer-unauthorized');
    expect(error.message).toMatch(/token was refused.*Settings › Access tokens/);
    expect(error.message).not.toContain('notTheOne');

    const none = await open(example('pizza-order.json'), fake, null);
    expect(await none.fail('chatlayer.status', { path: none.file })).toMatchObject({
      code: 'chatlayer-not-configured',
      message: expect.stringMatching(/^No Chatlayer access token: enter one in the Chatlayer panel/),
    });
  });

  it('says an unreachable host is unreachable, and gives up on a host that does not answer in time', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const project = (await o.call('projects.get', { path: o.file })).project;
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: [{ type: 'updateSettings', patch: { chatlayer: { ...project.chatlayer, baseUrl: nobody } } }],
    });
    const error = await o.fail('chatlayer.status', { path: o.file });
    expect(error.code).toBe('chatlayer-network');
    expect(error.message).toContain('127.0.0.1');

    // A host that takes too long: the service's own timeout, said as such.
    fake.inject({ delayMs: 2_000, path: '/v1/bots' });
    const service = createChatlayerService({
      documentOf: () => ({ file: o.file, project, checkpoint: () => undefined }),
      events: createHostEvents(),
      token: { env: {}, stored: () => TOKEN },
      local: () => Promise.reject(new Error('not used')),
      statusTimeoutMs: 200,
    });
    await expect(
      service.methods['chatlayer.status']({ path: o.file }, { transport: 'direct' }),
    ).rejects.toThrow(/did not answer GET \/v1\/bots within 0.2 s/);
    service.close();
  });

  it('names a bot the token does not reach and lists the ones it does', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'), { bots: [{ id: 'other', name: 'Other' }] });
    const o = await open(example('pizza-order.json'), fake);
    const status = await o.call('chatlayer.status', { path: o.file });
    expect(status.bot).toEqual({ id: 'bot-1', name: null, found: false });
    expect(status.bots).toEqual([{ id: 'other', name: 'Other' }]);
    expect(status.problem).toMatch(/^Bot bot-1 is not among the 1 bot this token reaches/);
  });
});

describe('chatlayer.exportPreview and chatlayer.export', () => {
  it('previews the export, writes it, keeps it, marks the history, and hands back new ids to save as one undoable step', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    const preview = await o.call('chatlayer.exportPreview', { path: o.file });
    const blocks = example('pizza-order.json').flows.flatMap((f) => f.blocks.map((b) => b.id));
    expect(preview.changes).toMatchObject({
      kind: 'first',
      sentence: 'First export of this project for Chatlayer.',
    });
    expect(Object.keys(preview.newIds).sort()).toEqual([...blocks].sort());
    expect(preview.counts.blocks).toBe(blocks.length);
    expect(preview.defaultTarget).toBe(path.join(path.dirname(o.file), 'bot.chatlayer.json'));

    // The panel saves the new ids first (one step), then exports: the file holds exactly those ids.
    const project = (await o.call('projects.get', { path: o.file })).project;
    const ids = { ...preview.newIds };
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: [{ type: 'updateSettings', patch: { chatlayer: { ...project.chatlayer, ids } } }],
      label: 'Chatlayer ids',
    });
    const result = await o.call('chatlayer.export', { path: o.file, target: preview.defaultTarget });
    expect(result.newIds).toEqual({});
    expect(result.written).toBe(preview.defaultTarget);
    const written = readFileSync(result.written, 'utf8');
    for (const part of tokenParts) expect(written).not.toContain(part);
    for (const id of Object.values(ids)) expect(written).toContain(id);
    expect(readFileSync(result.kept, 'utf8')).toBe(written);
    expect(readdirSync(preview.historyFolder)).toHaveLength(1);
    const history = await o.call('projects.history', { path: o.file });
    expect(history.map((r) => r.name)).toContain('Exported to Chatlayer');

    // Unchanged: same bytes, "No change"; after an edit, the change and a new id for the new block only.
    const again = await o.call('chatlayer.exportPreview', { path: o.file });
    expect(again.text).toBe(written);
    expect(again.changes.kind).toBe('unchanged');
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: [
        { type: 'addBlock', flow: project.flows[0]!.id, block: message('see_you', { text: 'See you!' }) },
      ],
    });
    const changed = await o.call('chatlayer.exportPreview', { path: o.file });
    expect(changed.changes.kind).toBe('changed');
    expect(changed.changes.changes).toContainEqual({ kind: 'blocks', verb: 'added', names: ['see_you'] });
    expect(Object.keys(changed.newIds)).toEqual(['see_you']);

    // Undo takes back the edit, then the ids, one step each.
    await o.call('projects.undo', { path: o.file });
    await o.call('projects.undo', { path: o.file });
    expect((await o.call('projects.get', { path: o.file })).project.chatlayer?.ids).toBeUndefined();
  });

  it('refuses to write over the project or into a missing folder, saying what to choose', async () => {
    const { fake } = await fakeFor(example('pizza-order.json'));
    const o = await open(example('pizza-order.json'), fake);
    expect(await o.fail('chatlayer.export', { path: o.file, target: o.file })).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('is a Botloom project: write the Chatlayer export to a .json file'),
    });
    const missing = path.join(dir(), 'nowhere', 'bot.json');
    expect((await o.fail('chatlayer.export', { path: o.file, target: missing })).message).toContain(
      'does not exist: choose a path in an existing folder',
    );
    expect(existsSync(`${o.file}.chatlayer-exports`)).toBe(false);
  });
});

describe('chatlayer.runConformance', () => {
  it('passes every test of the pizza example against a live bot that runs it, with progress events', async () => {
    const project = example('pizza-order.json');
    const { fake, port } = await fakeFor(project);
    const o = await open(project, fake);
    const run = await o.call('chatlayer.runConformance', conformance(o.file, port));
    expect(run.tests.map((t) => [t.name, t.verdict])).toEqual(project.tests.map((t) => [t.name, 'same']));
    expect(run).toMatchObject({ passed: project.tests.length, failed: 0, skipped: 0, cancelled: false });
    expect(run.receiverUrl).toBe(`http://127.0.0.1:${port}/chatlayer/webhook`);
    expect(run.where).toBe('bot bot-1 (DRAFT) at ' + new URL(fake.url).host + ', webhook channel channel-1');
    const progress = o.events.filter((e) => e.event === 'app.progress').map((e) => e.payload);
    expect(progress.at(-1)).toMatchObject({ id: `run-${port}`, finished: true, done: project.tests.length });
    expect(progress.length).toBeGreaterThan(project.tests.length);
  });

  it('fails at the step where the live bot answers differently, with the expected, live and local messages', async () => {
    const project = example('pizza-order.json');
    const { fake, port } = await fakeFor(project, {
      transform: (t) => t.replace('Shall I place the order?', 'Do you want it?'),
    });
    const o = await open(project, fake);
    const run = await o.call('chatlayer.runConformance', conformance(o.file, port, { grep: 'two large' }));
    expect(run).toMatchObject({ passed: 0, failed: 1 });
    const differs = run.tests[0]!.steps.filter((s) => s.verdict === 'differs');
    // The turn after "2" already differs from the local simulation; the expectation after it fails.
    expect(differs.map((s) => s.index)).toEqual([8, 9]);
    expect(differs[1]).toMatchObject({
      step: { bot: '2 × large margherita: €24.70. Shall I place the order?' },
      expected: '"2 × large margherita: €24.70. Shall I place the order?"',
      live: ['2 × large margherita: €24.70. Do you want it?'],
      local: ['2 × large margherita: €24.70. Shall I place the order?'],
    });
  });

  it('stops when cancelled and answers with the tests done so far', async () => {
    const project = example('pizza-order.json');
    const { fake, port } = await fakeFor(project);
    const o = await open(project, fake);
    const runId = 'cancel-me';
    const pending = o.call('chatlayer.runConformance', conformance(o.file, port, { runId }));
    await expect
      .poll(() => o.events.some((e) => (e.payload as { done?: number }).done === 1), { timeout: 15_000 })
      .toBe(true);
    expect(await o.call('chatlayer.cancel', { runId })).toEqual({ cancelled: true });
    const run = await pending;
    expect(run.cancelled).toBe(true);
    expect(run.skipped).toBeGreaterThan(0);
    expect(run.tests.filter((t) => t.verdict === 'skipped').every((t) => t.steps.length === 0)).toBe(true);
    expect(await o.call('chatlayer.cancel', { runId })).toEqual({ cancelled: false });
  });

  it('says when no bot message reached the receiver (a wrong verify token)', async () => {
    const project = example('pizza-order.json');
    const { fake, port } = await fakeFor(project, { verifyToken: 'verify-SomethingElse' });
    const o = await open(project, fake);
    const error = await o.fail(
      'chatlayer.runConformance',
      conformance(o.file, port, { grep: 'opening hours' }),
    );
    expect(error.code).toBe('chatlayer-no-delivery');
    expect(error.message).toMatch(
      /^No bot message reached the webhook receiver at .* calls refused for a wrong verify token/,
    );
  });
});

describe('chatlayer.pullTests and chatlayer.nlpCheck', () => {
  it('answers the conversations as new tests, skipping duplicates, for the panel to add', async () => {
    const project = example('pizza-order.json');
    const turns = [{ click: 'Order a pizza' }, { click: 'Margherita' }, { click: 'Small' }, { say: '3' }];
    const conversations = [
      await recorded(project, runner, 'conv-a', '2024-03-01T09:00:00.000Z', turns),
      await recorded(project, runner, 'conv-b', '2024-03-02T09:00:00.000Z', turns),
      await recorded(project, runner, 'conv-c', '2023-01-02T09:00:00.000Z', turns.slice(0, 1)),
    ];
    const { fake } = await fakeFor(project, { conversations });
    const o = await open(project, fake);
    const pulled = await o.call('chatlayer.pullTests', {
      path: o.file,
      runId: 'pull-1',
      since: '2024-01-01',
    });
    expect(pulled).toMatchObject({ read: 2, duplicates: 1, unusable: [] });
    expect(pulled.tests.map((t) => t.name)).toEqual(['pulled conv-a (2024-03-01)']);
    expect(pulled.tests[0]!.steps).toContainEqual({ user: '3' });

    // Once added (as the panel does, with setTest), a second pull finds only duplicates.
    const count = (await o.call('projects.get', { path: o.file })).project.tests.length;
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: pulled.tests.map((test, i) => ({ type: 'setTest' as const, test, index: count + i })),
    });
    const second = await o.call('chatlayer.pullTests', {
      path: o.file,
      runId: 'pull-2',
      since: '2024-01-01',
    });
    expect(second).toMatchObject({ tests: [], read: 2, duplicates: 2 });
  });

  it('lists the intent examples the live NLP classifies differently', async () => {
    const project = example('support-triage.json');
    const { fake } = await fakeFor(project, {
      nlpOverrides: { 'i want a refund': [{ intent: 'talk_to_human', score: 0.9 }] },
    });
    const o = await open(project, fake);
    const report = await o.call('chatlayer.nlpCheck', { path: o.file, runId: 'nlp-1' });
    expect(report.checked).toBe(project.intents.reduce((n, i) => n + i.examples.length, 0));
    expect(report.rows).toContainEqual({
      intent: 'refund',
      example: 'I want a refund',
      liveIntent: 'talk_to_human',
      score: 0.9,
      problem: 'different-intent',
    });
  });
});

describe('the token', () => {
  it('never appears in an answer, an error or an event of any call above', () => {
    const text = seen.join('\n');
    expect(seen.length).toBeGreaterThan(50);
    expect(text).toContain('chatlayer-unauthorized');
    for (const part of tokenParts) expect(text).not.toContain(part);
  });
});
