// The simulator service (issue 7) through its contract methods, with the real engine, QuickJS and
// mocked HTTP: conversations, breakpoints and stepping, following edits, saving as a test, test runs
// with coverage, record mode, and a code block stuck in a loop.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Project, TraceEvent } from '../../../../engine/model';
import type { HttpPort } from '../../../../engine/http';
import {
  dispatch,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type Services,
} from '../../../../electron/api';
import { createHostEvents } from '../../../../electron/services/host-events';
import {
  createSimulatorService,
  lazyCodeRunner,
  type SimulatorService,
} from '../../../../electron/services/simulator';
import { createQuickJsCodeRunner } from '../../../../engine/node';
import { createRecordingHttp } from '../../../../engine/http';
import { code, message } from '../../../builders';
import { pizzaBot } from '../../../engine/testing/fixtures';

const runner = lazyCodeRunner(() => createQuickJsCodeRunner());
afterAll(() => runner.dispose());

const fakeLive: HttpPort = {
  request: async () => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    bodyText: '{"left":9}',
    ms: 1,
    mocked: false,
  }),
};

function setup(initial: Project) {
  let project = initial;
  const events = createHostEvents();
  const streamed: { event: string; payload: unknown }[] = [];
  events.listen((event, payload) => streamed.push({ event, payload }));
  const service = createSimulatorService({
    projectOf: () => project,
    events,
    codeRunner: () => runner,
    liveHttp: () => fakeLive,
    recordingHttp: () => createRecordingHttp(fakeLive),
    intents: async () => undefined,
    followDelayMs: 10,
  });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const env = await dispatch(service.methods as Services, method, input, { transport: 'direct' });
    if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
    return env.value as MethodOutput<M>;
  };
  return {
    call,
    service,
    streamed,
    edit(next: Project) {
      project = next;
      events.emit('projects.changed', { path: '/p.botloom', revision: 2 });
    },
  };
}

const texts = (events: TraceEvent[]) =>
  events.flatMap((e) => (e.type === 'message' && 'text' in e.message ? [e.message.text] : []));

let current: SimulatorService | null = null;
afterEach(() => current?.close());

describe('simulator service', () => {
  it('converses through clicks and typed input, streaming every event', async () => {
    const s = setup(pizzaBot([]));
    current = s.service;
    const start = await s.call('simulator.start', { path: '/p.botloom', session: { user: { name: 'Ann' } } });
    expect(texts(start.events)).toEqual(['Welcome Ann!', 'What would you like?']);
    expect(start.state).toMatchObject({ status: 'waiting', waitingAt: 'welcome', mode: 'mocked' });
    const id = start.state.id;
    await s.call('simulator.click', { id, title: 'Pizza' });
    const large = await s.call('simulator.click', { id, title: 'Large' });
    expect(texts(large.events)).toEqual(['Great, a large pizza. 3 left. Your name?']);
    expect(large.events.some((e: TraceEvent) => e.type === 'http' && e.mocked)).toBe(true);
    const bye = await s.call('simulator.say', { id, text: 'Bob' });
    expect(texts(bye.events)).toEqual(['Bye Bob!']);
    expect(bye.state.status).toBe('ended');
    const streamedSeqs = s.streamed
      .filter((e) => e.event === 'simulator.trace')
      .map((e) => (e.payload as { event: TraceEvent }).event.seq);
    const all = (await s.call('simulator.state', { id })).events as TraceEvent[];
    expect(streamedSeqs).toEqual(all.map((e) => e.seq));
    await expect(s.call('simulator.say', { id, text: 'again' })).rejects.toThrow(/has ended: restart/);
  });

  it('pauses at a breakpoint, refuses input while paused, steps block by block and continues', async () => {
    const s = setup(pizzaBot([]));
    current = s.service;
    const { state } = await s.call('simulator.start', { path: '/p.botloom', breakpoints: ['stock'] });
    const id = state.id;
    await s.call('simulator.click', { id, title: 'Pizza' });
    const paused = await s.call('simulator.click', { id, title: 'Large' });
    expect(paused.state).toMatchObject({ status: 'paused', pausedAt: 'stock' });
    expect(paused.events.some((e: TraceEvent) => e.type === 'enter' && e.blockId === 'stock')).toBe(false);
    await expect(s.call('simulator.say', { id, text: 'x' })).rejects.toThrow(/paused before block "stock"/);
    const edited = await s.call('simulator.setVariable', { id, path: 'order.size', value: 'small' });
    expect(edited.events).toMatchObject([
      { type: 'set', path: 'order.size', value: 'small', source: 'debugger' },
    ]);
    const step = await s.call('simulator.resume', { id, step: true });
    expect(step.state).toMatchObject({ status: 'paused', pausedAt: 'confirm' });
    expect(step.events.some((e: TraceEvent) => e.type === 'http' && e.url.endsWith('/stock/small'))).toBe(
      true,
    );
    const done = await s.call('simulator.resume', { id });
    expect(done.state).toMatchObject({ status: 'waiting', waitingAt: 'confirm', pausedAt: null });
    expect(texts(done.events)).toEqual(['Great, a small pizza. 3 left. Your name?']);
    await expect(s.call('simulator.resume', { id })).rejects.toThrow(/not paused/);
  });

  it('follows an edit by replaying the conversation, or starts over when an input no longer applies', async () => {
    const base = pizzaBot([]);
    const s = setup(base);
    current = s.service;
    const { state } = await s.call('simulator.start', { path: '/p.botloom' });
    const id = state.id;
    await s.call('simulator.click', { id, title: 'Pizza' });
    const renamed = structuredClone(base);
    const askSize = renamed.flows[0]!.blocks.find((b) => b.id === 'ask_size')!;
    if (askSize.type === 'message' && askSize.messages[0]?.kind === 'buttons')
      askSize.messages[0].text = 'Pick a size!';
    s.edit(renamed);
    await expect.poll(async () => (await s.call('simulator.state', { id })).state.generation).toBe(1);
    const replayed = await s.call('simulator.state', { id });
    expect(replayed.state.notice).toBe('The bot was edited: your message was replayed on the new version.');
    expect(texts(replayed.events)).toContain('Pick a size!');
    expect(replayed.state.inputs).toEqual([{ via: 'click', text: 'Pizza' }]);

    const noPizza = structuredClone(renamed);
    const welcome = noPizza.flows[0]!.blocks.find((b) => b.id === 'welcome')!;
    if (welcome.type === 'message' && welcome.messages[1]?.kind === 'buttons')
      welcome.messages[1].buttons[0]!.title = 'Pasta';
    s.edit(noPizza);
    await expect
      .poll(async () => (await s.call('simulator.state', { id })).state.notice)
      .toMatch(/"Pizza" \(message 1\) no longer applies: the conversation started over/);
    const over = await s.call('simulator.state', { id });
    expect(over.state.generation).toBeGreaterThan(1);
    expect(over.state.inputs).toEqual([]);
    expect(over.state.waitingAt).toBe('welcome');
  });

  it('does not follow a change that leaves the bot as it was: Save as test, a moved block', async () => {
    const base = pizzaBot([]);
    const s = setup(base);
    current = s.service;
    const { state } = await s.call('simulator.start', { path: '/p.botloom' });
    const id = state.id;
    await s.call('simulator.click', { id, title: 'Pizza' });
    const before = await s.call('simulator.state', { id });
    const { test } = await s.call('simulator.saveAsTest', { id, name: 'pizza' });
    const withTest = { ...structuredClone(base), tests: [test] };
    withTest.flows[0]!.blocks[0]!.position = { x: 999, y: 42 };
    s.edit(withTest);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const after = await s.call('simulator.state', { id });
    expect(after.state.notice).toBeNull();
    expect(after.state.generation).toBe(before.state.generation);
    expect(after.events).toHaveLength(before.events.length);

    // A real edit after it is still followed.
    const renamed = structuredClone(withTest);
    const askSize = renamed.flows[0]!.blocks.find((b) => b.id === 'ask_size')!;
    if (askSize.type === 'message' && askSize.messages[0]?.kind === 'buttons')
      askSize.messages[0].text = 'Pick a size!';
    s.edit(renamed);
    await expect
      .poll(async () => (await s.call('simulator.state', { id })).state.notice)
      .toBe('The bot was edited: your message was replayed on the new version.');
  });

  it('records live answers as mocks, and asks for a restart instead of replaying live requests', async () => {
    const s = setup(pizzaBot([]));
    current = s.service;
    const { state } = await s.call('simulator.start', { path: '/p.botloom', mode: 'record' });
    const id = state.id;
    await s.call('simulator.click', { id, title: 'Pizza' });
    const turn = await s.call('simulator.click', { id, title: 'Large' });
    expect(texts(turn.events)).toEqual(['Great, a large pizza. 9 left. Your name?']);
    expect(turn.state.recorded).toBe(1);
    const mocks = await s.call('simulator.recordedMocks', { id });
    expect(mocks).toMatchObject([
      { method: 'GET', url: 'https://shop.example.com/stock/large', status: 200, body: { left: 9 } },
    ]);
    // A real edit (an identical project is not followed): the welcome text changes.
    const edited = pizzaBot([]);
    const welcome = edited.flows[0]!.blocks.find((b) => b.id === 'welcome')!;
    if (welcome.type === 'message' && welcome.messages[0]?.kind === 'text') welcome.messages[0].text = 'Hi!';
    s.edit(edited);
    await expect.poll(async () => (await s.call('simulator.state', { id })).state.outdated).toBe(true);
    expect((await s.call('simulator.state', { id })).state.notice).toMatch(
      /restart to talk to the new version/,
    );
  });

  it('saves the conversation as a test that passes, and reports coverage; an edited message makes it fail at its block', async () => {
    const base = pizzaBot([]);
    const s = setup(base);
    current = s.service;
    const { state } = await s.call('simulator.start', { path: '/p.botloom' });
    const id = state.id;
    await s.call('simulator.click', { id, title: 'Pizza' });
    await s.call('simulator.click', { id, title: 'Large' });
    const { test, warnings } = await s.call('simulator.saveAsTest', { id, name: 'large pizza' });
    expect(warnings).toEqual([]);
    expect(test.steps.at(-1)).toEqual({ expectBlock: 'confirm' });

    s.edit({ ...base, tests: [test] });
    const green = await s.call('tests.run', { path: '/p.botloom', runId: 'r1' });
    expect(green.summary).toMatchObject({ passed: 1, failed: 0 });
    expect(green.coverage.blocks.missed).toEqual(expect.arrayContaining(['down', 'bye', 'save_order']));
    expect(green.coverage.percent).toBeGreaterThan(0);
    const progress = s.streamed.filter((e) => e.event === 'app.progress').map((e) => e.payload);
    expect(progress.at(-1)).toMatchObject({ id: 'r1', done: 1, total: 1, finished: true });

    const changed = structuredClone({ ...base, tests: [test] });
    const askSize = changed.flows[0]!.blocks.find((b) => b.id === 'ask_size')!;
    if (askSize.type === 'message' && askSize.messages[0]?.kind === 'buttons')
      askSize.messages[0].text = 'Which size, please?';
    s.edit(changed);
    const red = await s.call('tests.run', { path: '/p.botloom', runId: 'r2' });
    expect(red.summary.failed).toBe(1);
    expect(red.summary.results[0]?.failure).toMatchObject({ blockId: 'ask_size', expected: '"Which size?"' });
  });

  it('shows a code block stuck in a loop as an error within its limit, and keeps answering', async () => {
    const s = setup(
      pizzaBot([], {
        startBlock: 'spin',
        flows: [
          {
            id: 'main',
            name: 'Main',
            blocks: [
              code('spin', { code: "for(;;){ 'x'.repeat(1e6) }", timeoutMs: 200, onError: 'oops' }),
              message('oops', { text: 'Something broke: {lastError}' }),
            ],
          },
        ],
      }),
    );
    current = s.service;
    const started = performance.now();
    const { state, events } = await s.call('simulator.start', { path: '/p.botloom' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(200 + 1500);
    expect(events.find((e: TraceEvent) => e.type === 'error')).toMatchObject({
      blockId: 'spin',
      code: 'code-timeout',
    });
    expect(texts(events)[0]).toMatch(/^Something broke: /);
    const again = await s.call('simulator.restart', { id: state.id });
    expect(texts(again.events)[0]).toMatch(/^Something broke: /);
  });

  it('refuses an unknown conversation and a start block that does not exist, saying what to do', async () => {
    const s = setup(pizzaBot([]));
    current = s.service;
    await expect(s.call('simulator.say', { id: 'nope', text: 'hi' })).rejects.toThrow(
      /no simulator conversation "nope": start one first/,
    );
    await expect(s.call('simulator.start', { path: '/p.botloom', startBlock: 'ghost' })).rejects.toThrow(
      /no block "ghost"/,
    );
  });
});
