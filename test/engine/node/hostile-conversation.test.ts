// Hostile code inside a conversation (issue 4): the real QuickJS runner behind the real runtime. The
// block fails within its limit, the conversation takes its onError path with {lastError}, and the next
// code block of the same conversation runs normally in a fresh context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuickJsCodeRunner } from '../../../engine/node';
import { converse, project, text, texts } from '../runtime/fixtures';

const runner = createQuickJsCodeRunner({ maxWorkers: 1 });
afterAll(() => runner.dispose());
// Time limits are measured from a warm worker, as in a conversation under way.
beforeAll(() => converseWith('1'));

const LIMIT_MS = 300;

function hostileProject(code: string, timeoutMs: number) {
  return project([
    {
      id: 'hostile',
      type: 'code',
      code,
      timeoutMs,
      memoryLimitMb: 32,
      next: 'after',
      onError: 'failed',
    },
    { id: 'failed', type: 'message', messages: [text('Failed: {lastError}')], next: 'after' },
    {
      id: 'after',
      type: 'code',
      code: "ChatlayerResponseBuilder().addMessage('still ' + [1, 2].map((n) => n * 2).join() + ' ' + typeof Object.prototype.polluted).send();",
      next: 'wait',
    },
    { id: 'wait', type: 'message', messages: [text('Anything else?')] },
  ]);
}

async function converseWith(code: string, timeoutMs = LIMIT_MS) {
  const t0 = performance.now();
  let failedAfterMs = NaN;
  const beforeEnter = (blockId: string) => {
    if (blockId === 'failed') failedAfterMs = performance.now() - t0;
  };
  const turn = await converse(hostileProject(code, timeoutMs), { codeRunner: runner, beforeEnter }).start();
  return { said: texts(turn.messages), failedAfterMs, waitingAt: turn.waitingAt };
}

describe('hostile code in a conversation', () => {
  it.each([
    ['a loop stuck in a builtin', "for (;;) { 'x'.repeat(1e6) }"],
    ['a plain loop', 'for (;;) {}'],
    ['a promise that never settles', 'await new Promise(() => {})'],
  ])('%s times out within its limit + 250 ms and the conversation goes on', async (_name, code) => {
    const { said, failedAfterMs, waitingAt } = await converseWith(code);
    expect(said).toEqual([
      expect.stringMatching(/^Failed: Timeout: /),
      'still 2,4 undefined',
      'Anything else?',
    ]);
    expect(waitingAt).toBe('wait');
    expect(failedAfterMs).toBeLessThan(LIMIT_MS + 250);
  });

  it.each([
    ['objects', 'const a = []; for (;;) a.push({ n: a.length, list: [1, 2, 3] })'],
    ['large strings', "const a = []; for (;;) a.push('x'.repeat(1e5) + a.length)"],
    ['typed arrays', 'const a = []; for (;;) a.push(new Uint8Array(1e6))'],
  ])('a memory bomb of %s fails with the memory limit and the conversation goes on', async (_name, code) => {
    // A generous time limit: the memory limit must be what stops it.
    const { said } = await converseWith(code, 15_000);
    expect(said).toEqual([
      expect.stringMatching(/^Failed: Memory limit: /),
      'still 2,4 undefined',
      'Anything else?',
    ]);
  });

  it('deep recursion fails with a stack overflow and the conversation goes on', async () => {
    const { said } = await converseWith('const f = (n) => f(n + 1) + 1; f(0)');
    expect(said).toEqual([
      expect.stringMatching(/^Failed: Stack overflow: /),
      'still 2,4 undefined',
      'Anything else?',
    ]);
  });

  it('reaching for process or require fails as a thrown error and the conversation goes on', async () => {
    const { said } = await converseWith("require('fs'); process.exit(1)");
    expect(said).toEqual([
      expect.stringMatching(/^Failed: ReferenceError: /),
      'still 2,4 undefined',
      'Anything else?',
    ]);
  });

  it('prototype tampering stays in its own block: the next code block sees clean built-ins', async () => {
    const { said } = await converseWith(
      "Object.prototype.polluted = 1; Array.prototype.map = () => ['tampered']; Array.prototype.join = () => 'tampered';",
    );
    expect(said).toEqual(['still 2,4 undefined', 'Anything else?']);
  });
});
