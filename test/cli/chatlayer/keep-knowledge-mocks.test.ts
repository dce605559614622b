// `botloom test --target chatlayer --keep-knowledge-mocks` end to end: the built CLI against the fake
// Chatlayer server running examples/faq-desk.json, whose live bot words an FAQ answer its own way (so the
// test differs and fails). The answer becomes a knowledge mock in the project file, written in Botloom's
// format with the edits made to the file during the run; a second run writes nothing; a file broken during
// the run is left as it is (exit 2); the flag is refused for a local run.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject, stringifyProject } from '../../../engine/format';
import type { Project } from '../../../engine/model';
import { fixedClock } from '../../../engine/runtime';
import { startFakeChatlayer, type FakeChatlayer } from '../../fixtures/fake-chatlayer';
import { NO_STACK } from '../run-cli';
import { ChatlayerCli, freePort, lastLine, TOKEN, VERIFY_TOKEN } from './chatlayer-cli';

const examples = path.resolve(__dirname, '../../../examples');
const faqDesk = (): Project => {
  const parsed = parseProject(readFileSync(path.join(examples, 'faq-desk.json'), 'utf8'), 'faq-desk.json');
  if (!parsed.ok) throw new Error('examples/faq-desk.json does not load');
  return parsed.project;
};
const QUESTION = 'how long until my order arrives?';
const LIVE_ANSWER = 'Your parcel arrives within 2 to 4 working days in Belgium and the Netherlands.';

let cli: ChatlayerCli;
let fake: FakeChatlayer;
let port: number;

beforeAll(async () => {
  cli = new ChatlayerCli();
  port = await freePort();
  fake = await startFakeChatlayer({
    token: TOKEN,
    project: faqDesk(),
    webhookUrl: `http://127.0.0.1:${port}/chatlayer/webhook`,
    verifyToken: VERIFY_TOKEN,
    classifier: null,
    clock: fixedClock(),
    // The live bot words the FAQ answer itself, as Chatlayer's generative knowledge base does.
    transform: (t) => (t.startsWith('Orders arrive within 2 to 4 working days') ? LIVE_ANSWER : t),
  });
});
afterAll(async () => {
  await fake.close();
  cli.dispose();
});

const live = (file: string, ...more: string[]) =>
  cli.cli(
    [
      ...['test', file, '--target', 'chatlayer', '--base-url', fake.url, '--bot', '1001'],
      ...['--channel', 'channel-1', '--webhook-port', String(port), '--verify-token', VERIFY_TOKEN],
      // A turn's messages must not be split on a loaded machine (load 20 on 2 cores seen): a long settle.
      ...['--settle-ms', '2000', '--reply-timeout-ms', '10000', '--grep', 'delivery question', ...more],
    ],
    {},
  );
const read = (file: string) => {
  const parsed = parseProject(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not load`);
  return parsed.project;
};

describe('botloom test --target chatlayer --keep-knowledge-mocks', () => {
  it("keeps the live bot's answer as a knowledge mock, with the edits made to the file during the run", async () => {
    const project = faqDesk();
    const file = cli.file('faq-keep.json', project);
    // Someone edits the file while the live run goes (the app, an editor): the edit must survive.
    const edited = { ...project, name: 'Edited during the run' };
    const delivered = fake.state.deliveries.length;
    const editor = setInterval(() => {
      if (fake.state.deliveries.length === delivered) return;
      clearInterval(editor);
      writeFileSync(file, JSON.stringify(edited, null, 2));
    }, 20);
    const r = await live(file, '--keep-knowledge-mocks');
    clearInterval(editor);
    expect(r.stderr).not.toMatch(NO_STACK);
    // The live answer differs from the local one, so the test fails; its answer is kept all the same.
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`live:     "${LIVE_ANSWER}"`);
    expect(lastLine(r.stdout)).toBe('0 passed, 1 failed');
    expect(r.stderr).toContain(`botloom: kept 1 knowledge answer as mocks in ${file} (1 new)`);
    const kept = read(file);
    expect(kept.name).toBe('Edited during the run');
    // Appended after the example's own mock.
    expect(kept.knowledge?.mocks).toEqual([
      ...project.knowledge!.mocks!,
      { question: QUESTION, answer: LIVE_ANSWER },
    ]);
    expect(kept.knowledge?.sources).toEqual(project.knowledge?.sources);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(stringifyProject(kept));

    // Again: the answer is kept already, so the file is not written.
    const again = await live(file, '--keep-knowledge-mocks');
    expect(again.stderr).toContain(`botloom: 1 knowledge answer kept in ${file} already: nothing written`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  }, 60_000);

  it('writes nothing when the file no longer loads after the run, and refuses the flag for a local run', async () => {
    const file = cli.file('faq-broken.json', faqDesk());
    const before = readFileSync(file, 'utf8');
    // The file is broken while the run goes: the answers are not kept, and the file is left as it is.
    const broken = before.slice(0, 200);
    const delivered = fake.state.deliveries.length;
    const editor = setInterval(() => {
      if (fake.state.deliveries.length === delivered) return;
      clearInterval(editor);
      writeFileSync(file, broken);
    }, 20);
    const r = await live(file, '--keep-knowledge-mocks');
    clearInterval(editor);
    expect(r.status).toBe(2);
    expect(lastLine(r.stdout)).toBe('0 passed, 1 failed');
    expect(r.stderr).toContain(
      `botloom: the knowledge answers were not kept: ${file} no longer loads (it changed during the run):`,
    );
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(readFileSync(file, 'utf8')).toBe(broken);

    writeFileSync(file, before);
    const local = await cli.cli(['test', file, '--keep-knowledge-mocks']);
    expect(local.status).toBe(2);
    expect(local.stderr).toContain(
      '--keep-knowledge-mocks keeps what the live bot answered: use it with --target chatlayer.',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 60_000);
});
