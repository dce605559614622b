import { describe, expect, it } from 'vitest';
import { createMockHttp, HttpError, instantSleep } from '../../../engine/http';
import type { ConversationTest } from '../../../engine/model';
import { runTests, type TestProgress } from '../../../engine/testing';
import { noCode, pizzaBot } from './fixtures';

const orders: ConversationTest = {
  name: 'orders a large pizza',
  session: { user: { name: 'Ann' } },
  steps: [
    { bot: 'Welcome Ann!' },
    { botContains: 'WOULD you' },
    { click: 'Pizza' },
    { botMatches: '^Which' },
    { click: 'Large' },
    { botMatches: '^Great, a large pizza\\. 3 left' },
    { expectVars: { 'order.size': 'large', stock: { left: 3 } } },
    { expectBlock: 'confirm' },
    { user: 'Bob' },
    { bot: 'Bye Bob!' },
    { expectEnd: true },
  ],
};

const run = (tests: ConversationTest[], options: Partial<Parameters<typeof runTests>[1]> = {}) =>
  runTests(pizzaBot(tests), { codeRunner: noCode, ...options });

describe('conversation test runner', () => {
  it('passes a test whose steps all hold, in mocked mode', async () => {
    const summary = await run([orders]);
    expect(summary.results[0]).toMatchObject({
      name: 'orders a large pizza',
      status: 'passed',
      mode: 'mocked',
      stepsPassed: 11,
    });
    expect(summary).toMatchObject({
      passed: 1,
      failed: 0,
      skipped: 0,
      cancelled: false,
      project: 'Pizza bot',
    });
  });

  it('fails at the first unmet bot step with expected vs actual, the step and the sending block', async () => {
    const summary = await run([
      {
        name: 'wrong',
        steps: [{ bot: 'Welcome !' }, { click: 'Pizza' }, { bot: 'Which colour?' }, { bot: 'never' }],
      },
    ]);
    const r = summary.results[0]!;
    expect(r.status).toBe('failed');
    expect(r.stepsPassed).toBe(2);
    expect(r.failure).toEqual({
      step: 3,
      stepSpec: { bot: 'Which colour?' },
      expected: '"Which colour?"',
      actual: '"Which size?"',
      blockId: 'ask_size',
    });
  });

  it('consumes bot messages in order and reports running out of them', async () => {
    const r = (
      await run([
        {
          name: 'too many',
          steps: [{ bot: 'Welcome !' }, { bot: 'What would you like?' }, { botContains: 'x' }],
        },
      ])
    ).results[0]!;
    expect(r.failure).toMatchObject({
      step: 3,
      actual: 'no more bot messages (the bot waits at block "welcome")',
      blockId: 'welcome',
    });
  });

  it('discards unconsumed bot messages before a user or click step', async () => {
    const r = (await run([{ name: 'skips', steps: [{ click: 'Pizza' }, { bot: 'Which size?' }] }]))
      .results[0]!;
    expect(r.status).toBe('passed');
  });

  it('fails a click on a button the latest messages do not offer, listing what they offer', async () => {
    const r = (await run([{ name: 'no such button', steps: [{ click: 'Pasta' }] }])).results[0]!;
    expect(r.failure).toMatchObject({
      step: 1,
      expected: 'a button or quick reply titled "Pasta"',
      actual: 'the latest messages offer "Pizza", "Nothing"',
      blockId: 'welcome',
    });
  });

  it('checks variables by deep equality and says when one is not set', async () => {
    const r = (
      await run([
        {
          name: 'vars',
          steps: [
            { click: 'Pizza' },
            { click: 'Small' },
            { expectVars: { 'order.size': 'small', 'stock.left': 3, 'order.qty': 2 } },
          ],
        },
      ])
    ).results[0]!;
    expect(r.failure).toMatchObject({
      step: 3,
      expected: 'order.qty = 2',
      actual: 'order.qty = not set',
      blockId: 'confirm',
    });
  });

  it('checks the waiting block and the end of the conversation', async () => {
    const s = await run([
      { name: 'block', steps: [{ expectBlock: 'confirm' }] },
      { name: 'end', steps: [{ expectEnd: true }] },
      { name: 'ended', steps: [{ click: 'Nothing' }, { expectBlock: 'bye' }] },
    ]);
    expect(s.results.map((r) => r.failure?.actual)).toEqual([
      'the bot waits at block "welcome"',
      'the bot waits at block "welcome"',
      'the conversation had ended',
    ]);
    expect(s.results[1]!.failure!.expected).toBe('the conversation has ended');
  });

  it('starts at the test startBlock with its session', async () => {
    const r = (
      await run([
        {
          name: 'mid-flow',
          startBlock: 'bye',
          session: { user: { name: 'Zoe' } },
          steps: [{ bot: 'Bye Zoe!' }, { expectEnd: true }],
        },
      ])
    ).results[0]!;
    expect(r.status).toBe('passed');
  });

  it('names the error the bot ran into, such as a request no mock answers', async () => {
    const p = pizzaBot(
      [{ name: 'unmocked', steps: [{ click: 'Pizza' }, { click: 'Large' }, { botContains: 'Great' }] }],
      { mocks: [] },
    );
    const r = (await runTests(p, { codeRunner: noCode })).results[0]!;
    expect(r.failure).toMatchObject({ step: 3, blockId: 'down' });
    expect(r.failure!.actual).toMatch(/^"The shop is down: /);
    expect(r.failure!.botError).toMatch(/^http-unmocked: .*GET https:\/\/shop\.example\.com\/stock\/large/);
  });

  it('reports an invalid botMatches pattern as the failure', async () => {
    const r = (await run([{ name: 'regex', steps: [{ botMatches: '(' }] }])).results[0]!;
    expect(r.failure!.actual).toMatch(/not a valid regular expression/);
  });

  it('runs only the tests whose name contains grep, ignoring case', async () => {
    const s = await run([orders, { name: 'another one', steps: [] }], { grep: 'LARGE' });
    expect(s.results.map((r) => r.name)).toEqual(['orders a large pizza']);
    expect(s.results[0]!.index).toBe(0);
  });

  it('fails a live-mode test when no live HTTP layer is given, and uses the one given otherwise', async () => {
    const live: ConversationTest = {
      name: 'live',
      mode: 'live',
      steps: [{ click: 'Pizza' }, { click: 'Large' }, { botContains: '9 left' }],
    };
    const without = (await run([live])).results[0]!;
    expect(without.failure).toMatchObject({ step: 0, actual: expect.stringMatching(/live mode/) });
    const modes: string[] = [];
    const withHttp = await run([live, orders], {
      httpFor: (mode) => {
        modes.push(mode);
        return createMockHttp(
          mode === 'live'
            ? [{ method: 'GET', url: '*', status: 200, body: { left: 9 } }]
            : pizzaBot([]).mocks,
          { sleep: instantSleep },
        );
      },
    });
    expect(withHttp.results.map((r) => [r.mode, r.status])).toEqual([
      ['live', 'passed'],
      ['mocked', 'passed'],
    ]);
    expect(modes).toEqual(['live', 'mocked']);
  });

  it('runs tests deterministically under a fixed clock and seed', async () => {
    const timed: ConversationTest = { name: 'time', steps: [{ expectVars: { 'internal.sessionId': 'x' } }] };
    const a = (await run([timed])).results[0]!.failure!.actual;
    const b = (await run([timed])).results[0]!.failure!.actual;
    expect(a).toBe(b);
  });

  it('reports progress and keeps project order with several tests at once', async () => {
    const events: TestProgress[] = [];
    const tests = Array.from({ length: 6 }, (_, i) => ({ ...orders, name: `t${i}` }));
    const s = await run(tests, { concurrency: 3, onProgress: (e) => events.push(e) });
    expect(s.results.map((r) => r.name)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5']);
    expect(events[0]).toEqual({ type: 'start', total: 6 });
    const ends = events.filter((e) => e.type === 'test-end');
    expect(ends.map((e) => e.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.filter((e) => e.type === 'test-start')).toHaveLength(6);
  });

  it('stops when cancelled, reporting the tests not run as skipped', async () => {
    const controller = new AbortController();
    const tests = Array.from({ length: 5 }, (_, i) => ({ ...orders, name: `t${i}` }));
    const s = await run(tests, {
      signal: controller.signal,
      onProgress: (e) => {
        if (e.type === 'test-end' && e.done === 2) controller.abort();
      },
    });
    expect(s.results.map((r) => r.status)).toEqual(['passed', 'passed', 'skipped', 'skipped', 'skipped']);
    expect(s).toMatchObject({ passed: 2, failed: 0, skipped: 3, cancelled: true });
    expect(s.results[2]!.skipReason).toBe('cancelled');
  });

  it('counts a test cut short by the cancel as skipped, not failed', async () => {
    const controller = new AbortController();
    const s = await runTests(pizzaBot([{ ...orders, name: 'cut short' }]), {
      codeRunner: noCode,
      signal: controller.signal,
      httpFor: () => ({
        request: async () => {
          controller.abort();
          throw new HttpError('http-aborted', 'cancelled');
        },
      }),
    });
    expect(s.results[0]).toMatchObject({ status: 'skipped', skipReason: 'cancelled' });
    expect(s).toMatchObject({ passed: 0, failed: 0, skipped: 1, cancelled: true });
  });

  it('keeps the value of a sensitive variable out of a failure', async () => {
    const p = pizzaBot(
      [
        {
          name: 'secret size',
          steps: [{ click: 'Pizza' }, { click: 'Large' }, { expectVars: { 'order.size': 'small' } }],
        },
      ],
      {
        variables: [{ name: 'order', sensitive: true }],
      },
    );
    const r = (await runTests(p, { codeRunner: noCode })).results[0]!;
    expect(r.failure).toMatchObject({ expected: 'order.size = "small"', actual: 'order.size = «sensitive»' });
  });
});
