// `botloom chatlayer pull-tests` end to end: conversations of the signup example, recorded with the
// engine and seeded into one fake Chatlayer server, become tests that pass locally, with the sensitive
// phone numbers replaced and duplicates skipped.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../../engine/format';
import type { Project } from '../../../engine/model';
import { createQuickJsCodeRunner } from '../../../engine/node';
import type { CodeRunner } from '../../../engine/sandbox/code-runner';
import { recorded, startFakeChatlayer, type FakeChatlayer, type Turn } from '../../fixtures/fake-chatlayer';
import { ChatlayerCli, lastLine, TOKEN } from './chatlayer-cli';

const examplePath = path.resolve(__dirname, '../../../examples/signup-form.json');
const exampleText = readFileSync(examplePath, 'utf8');
const parsed = parseProject(exampleText, examplePath);
if (!parsed.ok) throw new Error('examples/signup-form.json does not load');
const signup: Project = parsed.project;
const PHONE_A = '+32 471 98 76 54';
const PHONE_E = '+44 7700 900123';

/** A conversation with the signup bot as Chatlayer lists it. */
const recordedSignup = (runner: CodeRunner, sessionId: string, createdAt: string, turns: Turn[]) =>
  recorded(signup, runner, sessionId, createdAt, turns);

const signsUpAnn: Turn[] = [
  { say: 'Ann' },
  { say: 'ann@example.com' },
  { say: '1990-04-23' },
  { say: PHONE_A },
  { click: 'Plus' },
  { say: '2' },
  { say: 'none' },
  { click: 'Yes, create my account' },
];
const bobStopsAtSummary: Turn[] = [
  { say: 'R2-D2' },
  { say: 'Bob' },
  { say: 'bob@example.com' },
  { say: '1985-06-01' },
  { say: PHONE_E },
  { click: 'Basic' },
  { say: '1' },
  { say: 'none' },
];

let runner: CodeRunner;
let fake: FakeChatlayer;
let cli: ChatlayerCli;

beforeAll(async () => {
  runner = createQuickJsCodeRunner();
  const conversations = [
    await recordedSignup(runner, 'conv-a', '2024-03-01T09:00:00.000Z', signsUpAnn),
    await recordedSignup(runner, 'conv-b', '2024-03-02T09:00:00.000Z', signsUpAnn),
    await recordedSignup(runner, 'conv-c', '2024-03-03T09:00:00.000Z', []),
    await recordedSignup(runner, 'conv-d', '2023-06-01T09:00:00.000Z', [{ say: 'Dora' }]),
    await recordedSignup(runner, 'conv-e', '2024-04-01T09:00:00.000Z', bobStopsAtSummary),
  ];
  fake = await startFakeChatlayer({ token: TOKEN, conversations });
  cli = new ChatlayerCli({ BOTLOOM_CHATLAYER_URL: fake.url });
});
afterAll(async () => {
  await fake.close();
  await runner.dispose();
  cli.dispose();
});

const pull = (file: string, ...more: string[]) =>
  cli.cli(['chatlayer', 'pull-tests', file, '--bot', '1001', ...more]);

describe('botloom chatlayer pull-tests', () => {
  it('adds the conversations since a date as tests that pass locally, phone numbers replaced', async () => {
    const file = cli.file('signup.json', exampleText);
    const r = await pull(file, '--since', '2024-01-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Read 4 conversations of bot 1001 (DRAFT)');
    expect(r.stdout).toContain(
      `Added 2 tests to ${file}; skipped 2 (1 with the steps of an existing test, 1 without a usable exchange).`,
    );
    expect(r.stdout).toContain('Sensitive values were replaced by stand-ins in 2 messages.');
    expect(r.stdout).toContain('skipped conv-c: the user never said anything');
    expect(r.stderr).toBe('');

    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(PHONE_A);
    expect(text).not.toContain(PHONE_E);
    const written = parseProject(text, file);
    if (!written.ok) throw new Error('the pulled project does not load');
    const pulled = written.project.tests.slice(signup.tests.length);
    expect(pulled.map((t) => t.name)).toEqual(['pulled conv-a (2024-03-01)', 'pulled conv-e (2024-04-01)']);
    expect(pulled[0]!.steps).toContainEqual({ user: '+3200000000' });
    expect(pulled[1]!.steps.slice(0, 4)).toEqual([
      { bot: "Welcome to Streamly! Let's create your account, it takes a minute." },
      { bot: 'What is your first name?' },
      { user: 'R2-D2' },
      { bot: 'Please type just your first name, in letters.' },
    ]);

    const tested = await cli.cli(['test', file]);
    expect(tested.stdout).not.toContain('✗');
    expect(tested.status).toBe(0);
    expect(lastLine(tested.stdout)).toBe(`${signup.tests.length + 2} passed, 0 failed`);
  });

  it('skips every conversation on a second pull, leaving the file as it was', async () => {
    const file = cli.file('signup-twice.json', exampleText);
    expect((await pull(file)).stdout).toContain('Added 3 tests');
    const before = readFileSync(file, 'utf8');
    const mtime = statSync(file).mtimeMs;
    const again = await pull(file);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      `Added 0 tests to ${file}; skipped 5 (4 with the steps of an existing test, 1 without a usable exchange).`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('reads at most --limit conversations', async () => {
    const file = cli.file('signup-limit.json', exampleText);
    const r = await pull(file, '--limit', '1');
    expect(r.stdout).toContain('Read 1 conversation of');
    expect(r.stdout).toContain(`Added 1 test to ${file}; skipped 0.`);
  });

  it('adds the tests to a .botloom project through the project store', async () => {
    const json = cli.file('for-store.json', exampleText);
    const store = cli.path('signup.botloom');
    expect((await cli.cli(['import', json, '--out', store])).status).toBe(0);
    const r = await pull(store, '--since', '2024-01-01');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Added 2 tests to ${store}`);
    const tested = await cli.cli(['test', store]);
    expect(tested.status).toBe(0);
    expect(lastLine(tested.stdout)).toBe(`${signup.tests.length + 2} passed, 0 failed`);
    expect(readFileSync(store).includes(Buffer.from(PHONE_A))).toBe(false);
  });

  it('writes nothing when cancelled with Ctrl+C, and exits 130', async () => {
    const file = cli.file('signup-cancel.json', exampleText);
    const before = fake.state.requests.length;
    // The first conversation's messages come slowly: Ctrl+C arrives while the CLI waits for them.
    fake.inject({ delayMs: 3000, method: 'GET', path: /\/messages$/ });
    const r = await cli.cli(['chatlayer', 'pull-tests', file, '--bot', '1001'], {
      interruptWhen: () => fake.state.requests.slice(before).some((q) => q.path.endsWith('/messages')),
    });
    expect(r.status).toBe(130);
    expect(r.stderr).toContain('botloom: cancelled; the project file was not changed.');
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(exampleText);
  });

  it('exits 2 without a bot id and for a date that is not one', async () => {
    const file = cli.file('signup-bad.json', exampleText);
    const noBot = await cli.cli(['chatlayer', 'pull-tests', file]);
    expect(noBot.status).toBe(2);
    expect(noBot.stderr).toContain('No Chatlayer bot id');
    const badDate = await pull(file, '--since', 'last tuesday');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--since must be a date like 2025-03-01');
    expect(readFileSync(file, 'utf8')).toBe(exampleText);
  });

  it('never shows the token on screen or in a file', () => {
    expect(cli.leaks(TOKEN)).toEqual([]);
  });
});
