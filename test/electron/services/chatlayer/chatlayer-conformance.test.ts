// The host's chatlayer.* methods that talk to a live bot, through dispatch on a real host against the
// fake Chatlayer server: live conformance (progress, differences, cancel, a wrong verify token), pulled
// tests and the NLP check, and a token that never shows in an answer or event.
import { describe, expect, it } from 'vitest';
import { tokenParts, useChatlayerHosts } from './chatlayer-host';
import { example, recorded, VERIFY_TOKEN } from './live-bot';

const { seen, open, fakeFor, runner: codeRunner } = useChatlayerHosts();

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

describe('chatlayer.runConformance', () => {
  it('passes every test of the pizza example against a live bot that runs it, with progress events', async () => {
    const project = example('pizza-order.json');
    const { fake, port } = await fakeFor(project);
    const o = await open(project, fake);
    const run = await o.call('chatlayer.runConformance', conformance(o.file, port));
    expect(run.tests.map((t) => [t.name, t.verdict])).toEqual(project.tests.map((t) => [t.name, 'same']));
    expect(run).toMatchObject({ passed: project.tests.length, failed: 0, skipped: 0, cancelled: false });
    expect(run.receiverUrl).toBe(`http://127.0.0.1:${port}/chatlayer/webhook`);
    expect(run.where).toBe('bot 1001 (DRAFT) at ' + new URL(fake.url).host + ', webhook channel channel-1');
    const progress = o.events.filter((e) => e.event === 'app.progress').map((e) => e.payload);
    expect(progress.at(-1)).toMatchObject({ id: `run-${port}`, finished: true, done: project.tests.length });
    expect(progress.length).toBeGreaterThan(project.tests.length);
  });

  it('fails at the step where the live bot answers differently, with the expected, live and local messages', async () => {
    const project = example('pizza-order.json');
    const { fake, port } = await fakeFor(project, {
      transform: (t) => t.replace('Shall I place the order?', 'Do you want it?'),
      // A JSON-builder-like event before the summary: listed with the turn, never compared.
      eventBefore: (m) => ('text' in m && m.text.startsWith('2 ×') ? { order: 'summary' } : undefined),
    });
    const o = await open(project, fake);
    const run = await o.call('chatlayer.runConformance', conformance(o.file, port, { grep: 'two large' }));
    expect(run).toMatchObject({ passed: 0, failed: 1 });
    const differs = run.tests[0]!.steps.filter((s) => s.verdict === 'differs');
    // The turn after "2" already differs from the local simulation; the expectation after it fails.
    expect(differs.map((s) => s.index)).toEqual([8, 9]);
    expect(differs[0]).toMatchObject({
      live: ['2 × large margherita: €24.70. Do you want it?'],
      events: ['event {"order":"summary"}'],
    });
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

  it("answers the live bot's answers to knowledge questions, which keepKnowledgeMocks keeps as one undo step", async () => {
    const project = example('faq-desk.json');
    // The live bot words the FAQ answer itself, as Chatlayer's generative knowledge base does.
    const { fake, port } = await fakeFor(project, {
      transform: (t) =>
        t.replace(/^Orders arrive within 2 to 4 working days.*$/, 'Two to four working days.'),
    });
    const o = await open(project, fake);
    const run = await o.call('chatlayer.runConformance', conformance(o.file, port, { grep: 'delivery' }));
    expect(run.tests.map((t) => t.knowledgeAnswers)).toEqual([
      [{ question: 'how long until my order arrives?', answer: 'Two to four working days.' }],
    ]);
    const { project: before } = await o.call('projects.get', { path: o.file });
    await o.call('projects.applyCommands', {
      path: o.file,
      commands: [{ type: 'keepKnowledgeMocks', mocks: run.tests[0]!.knowledgeAnswers }],
      label: 'Keep 1 knowledge answer as a mock',
    });
    const { project: after } = await o.call('projects.get', { path: o.file });
    expect(after.knowledge?.mocks).toEqual([
      ...(before.knowledge?.mocks ?? []),
      { question: 'how long until my order arrives?', answer: 'Two to four working days.' },
    ]);
    expect(after.knowledge?.sources).toEqual(before.knowledge?.sources);
    await o.call('projects.undo', { path: o.file });
    expect((await o.call('projects.get', { path: o.file })).project.knowledge).toEqual(before.knowledge);
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
      await recorded(project, codeRunner(), 'conv-a', '2024-03-01T09:00:00.000Z', turns),
      await recorded(project, codeRunner(), 'conv-b', '2024-03-02T09:00:00.000Z', turns),
      await recorded(project, codeRunner(), 'conv-c', '2023-01-02T09:00:00.000Z', turns.slice(0, 1)),
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
    for (const part of tokenParts) expect(text).not.toContain(part);
  });
});
