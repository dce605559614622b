// A real host (project store, secret store, QuickJS) per test against the fake Chatlayer, for the
// chatlayer.* method tests: opens a project pointed at the fake, and records every answer and event
// so that a file can check the token never shows in any of them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { stringifyProject } from '../../../../engine/format';
import type { Project } from '../../../../engine/model';
import { createQuickJsCodeRunner } from '../../../../engine/node';
import type { CodeRunner } from '../../../../engine/sandbox/code-runner';
import { dispatch, type MethodInput, type MethodName, type MethodOutput } from '../../../../electron/api';
import { createHost, type Host } from '../../../../electron/host';
import { createPlainFileStore } from '../../../../electron/services/secrets';
import type { FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import { useTempDir } from '../project-store/temp-dir';
import { freePort, liveBot, TOKEN, VERIFY_TOKEN } from './live-bot';

/** The token and its parts, none of which may show in an answer, an error or an event. */
export const tokenParts = [TOKEN, ...TOKEN.split(':'), VERIFY_TOKEN];

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export interface Opened {
  call: Call;
  /** The error of a call expected to fail. */
  fail<M extends MethodName>(method: M, input: MethodInput<M>): Promise<{ code: string; message: string }>;
  file: string;
  events: { event: string; payload: unknown }[];
}

/** Registers the hooks of a test file (temp folder, hosts and fakes closed after each test, one code runner). */
export function useChatlayerHosts() {
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
    const settings = { baseUrl: fake.url, botId: '1001', webhookChannelId: 'channel-1' };
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

  return { dir, seen, open, fakeFor, runner: () => runner };
}
