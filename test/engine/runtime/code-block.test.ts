import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../engine/runtime';
import type { CodeError } from '../../../engine/sandbox/code-runner';
import { converse, expectValidTrace, fakeCodeRunner, fakeHttp, project, text, texts } from './fixtures';

function codeProject(code: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return project(
    [
      {
        id: 'compute',
        type: 'code',
        code: '/* runs in the fake */',
        args: { price: '{order.price}', label: 'p={order.price}', token: '{secrets.key}' },
        next: 'show',
        onError: 'failed',
        ...code,
      },
      { id: 'show', type: 'message', messages: [text('Total {total}')] },
      { id: 'elsewhere', type: 'message', messages: [text('elsewhere')] },
      { id: 'failed', type: 'message', messages: [text('Failed: {lastError}')] },
      { id: 'fallback', type: 'message', messages: [text('fallback: {lastError}')] },
    ],
    extra,
  );
}
const secrets = (n: string) => (n === 'key' ? 'k-98765' : undefined);

describe('code block', () => {
  it('runs with templated args (typed), limits, seed and the conversation clock', async () => {
    const runner = fakeCodeRunner(() => ({ response: { session: { namespace: 'total', data: 20 } } }));
    const c = converse(codeProject({ timeoutMs: 500, memoryLimitMb: 16 }), {
      codeRunner: runner,
      session: { order: { price: 10 } },
      secrets,
      clock: fixedClock(1_000),
    });
    const turn = await c.start();
    expect(runner.runs[0]).toMatchObject({
      blockId: 'compute',
      args: { price: 10, label: 'p=10', token: 'k-98765' },
      timeoutMs: 500,
      memoryLimitMb: 16,
      now: 1_000,
      virtualTime: true,
    });
    expect(typeof runner.runs[0]!.seed).toBe('number');
    expect(texts(turn.messages)).toEqual(['Total 20']);
    expectValidTrace(c.events);
  });

  it('uses the default limits of 5,000 ms and 64 MB', async () => {
    const runner = fakeCodeRunner(() => ({ response: {} }));
    await converse(codeProject({ args: undefined }), { codeRunner: runner }).start();
    expect(runner.runs[0]).toMatchObject({ timeoutMs: 5_000, memoryLimitMb: 64, args: {} });
  });

  it("applies the builder's send() result like an API response: session, messages, jump", async () => {
    const runner = fakeCodeRunner(() => ({
      response: {
        session: [{ namespace: 'total', data: 7 }],
        messages: [{ type: 'text', config: { textMessages: [{ text: 'computed' }] } }],
        action: { nextDialogstate: 'elsewhere' },
      },
    }));
    const turn = await converse(codeProject(), { codeRunner: runner }).start();
    expect(texts(turn.messages)).toEqual(['computed', 'elsewhere']);
    expect(turn.events.find((e) => e.type === 'set')).toMatchObject({
      path: 'total',
      value: 7,
      source: 'code',
      blockId: 'compute',
    });
    expect(turn.events.find((e) => e.type === 'message')).toMatchObject({ source: 'code' });
  });

  it("buttons sent by a code block's builder can be clicked (turn order step 1)", async () => {
    const runner = fakeCodeRunner(() => ({
      response: {
        messages: [
          {
            type: 'buttons',
            config: {
              textMessages: [{ text: 'Where to?' }],
              buttons: [
                {
                  type: 'postback',
                  title: 'Away',
                  payload: { nextDialogstateId: 'elsewhere', params: [{ key: 'total', value: 3 }] },
                },
              ],
            },
          },
        ],
      },
    }));
    const c = converse(codeProject({ next: undefined }), { codeRunner: runner });
    await c.start();
    const turn = await c.click('away');
    expect(texts(turn.messages)).toEqual(['elsewhere']);
    expect(c.session.total).toBe(3);
  });

  it('warns when the block never calls send()', async () => {
    const runner = fakeCodeRunner(() => ({ response: null }));
    const turn = await converse(codeProject(), { codeRunner: runner }).start();
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'warning', code: 'code-no-send', blockId: 'compute' }),
    );
    expect(texts(turn.messages)).toEqual(['Total ']);
  });

  it('writing internal from a builder is an error in the trace', async () => {
    const runner = fakeCodeRunner(() => ({
      response: { session: { namespace: 'internal.user', data: 'x' } },
    }));
    const turn = await converse(codeProject(), { codeRunner: runner }).start();
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'internal-readonly' }));
  });

  it('captures console output as log events', async () => {
    const runner = fakeCodeRunner(() => ({
      response: {},
      logs: [
        { level: 'log', text: 'hello' },
        { level: 'warn', text: 'careful' },
      ],
    }));
    const turn = await converse(codeProject(), { codeRunner: runner }).start();
    expect(turn.events.filter((e) => e.type === 'log')).toEqual([
      expect.objectContaining({ blockId: 'compute', level: 'log', text: 'hello' }),
      expect.objectContaining({ level: 'warn', text: 'careful' }),
    ]);
  });

  const failWith = (error: CodeError) => fakeCodeRunner(() => ({ ok: false, error }) as never);

  it('a thrown error goes to onError with lastError naming the kind, message and line', async () => {
    const turn = await converse(codeProject(), {
      codeRunner: failWith({ kind: 'code-threw', name: 'TypeError', message: 'x is undefined', line: 3 }),
    }).start();
    expect(texts(turn.messages)).toEqual(['Failed: TypeError: x is undefined (line 3)']);
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'code-threw', line: 3, blockId: 'compute' }),
    );
  });

  it('a timeout, a syntax error, a memory limit and a stack overflow go to onError too', async () => {
    const cases: CodeError[] = [
      { kind: 'code-timeout', name: 'Timeout', message: 'ran longer than 500 ms' },
      { kind: 'code-syntax', name: 'Syntax error', message: 'unexpected token', line: 1 },
      { kind: 'code-memory', name: 'Memory limit', message: 'over 16 MB' },
      { kind: 'code-stack', name: 'Stack overflow', message: 'too much recursion' },
    ];
    const got = [];
    for (const error of cases)
      got.push(texts((await converse(codeProject(), { codeRunner: failWith(error) }).start()).messages)[0]);
    expect(got).toEqual([
      'Failed: Timeout: ran longer than 500 ms',
      'Failed: Syntax error: unexpected token (line 1)',
      'Failed: Memory limit: over 16 MB',
      'Failed: Stack overflow: too much recursion',
    ]);
  });

  it('without onError a failure goes to the fallback block', async () => {
    const turn = await converse(codeProject({ onError: undefined }, { fallbackBlock: 'fallback' }), {
      codeRunner: failWith({ kind: 'code-threw', name: 'Error', message: 'boom' }),
    }).start();
    expect(texts(turn.messages)).toEqual(['fallback: Error: boom']);
  });

  it('fetch goes through the HttpPort and is traced with origin code', async () => {
    const http = fakeHttp(() => ({ status: 404, body: { missing: true } }));
    const runner = fakeCodeRunner(async (_req, host) => {
      const r = await host.fetch({ method: 'GET', url: 'https://api.example.com/x', headers: {} });
      return { response: { session: { namespace: 'status', data: r.status } } };
    });
    const c = converse(codeProject(), { http, codeRunner: runner });
    const turn = await c.start();
    expect(http.requests[0]).toMatchObject({ url: 'https://api.example.com/x', timeoutMs: 10_000 });
    expect(turn.events.find((e) => e.type === 'http')).toMatchObject({
      origin: 'code',
      blockId: 'compute',
      status: 404,
    });
    expect(c.session.status).toBe(404);
  });

  it('secrets passed as args stay out of the trace, even when the code logs them', async () => {
    const runner = fakeCodeRunner((req) => ({
      response: {
        messages: [{ type: 'text', config: { textMessages: [{ text: `key ${String(req.args.token)}` }] } }],
      },
      logs: [{ level: 'log', text: `token=${String(req.args.token)}` }],
    }));
    const c = converse(codeProject(), { codeRunner: runner, secrets });
    await c.start();
    expect(runner.runs[0]!.args.token).toBe('k-98765');
    expect(JSON.stringify(c.events)).not.toContain('k-98765');
    expect(c.events.find((e) => e.type === 'log')).toMatchObject({ text: 'token=«secret»' });
  });

  it('gives each code run its own seed, the same for the same conversation seed', async () => {
    const seeds = async (seed: number) => {
      const runner = fakeCodeRunner(() => ({ response: {} }));
      const c = converse(
        project([
          { id: 'a', type: 'code', code: '', next: 'b' },
          { id: 'b', type: 'code', code: '' },
        ]),
        { codeRunner: runner, seed },
      );
      await c.start();
      return runner.runs.map((r) => r.seed);
    };
    const first = await seeds(7);
    expect(first[0]).not.toBe(first[1]);
    expect(await seeds(7)).toEqual(first);
    expect(await seeds(8)).not.toEqual(first);
  });
});
