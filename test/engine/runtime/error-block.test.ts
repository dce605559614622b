// The Error occurred default block (docs/file-format.md#errors-and-the-error-occurred-block): where a
// failing API or code block without onError goes, and where a detected loop goes; without it, the
// fallback or the end as before.
import { describe, expect, it } from 'vitest';
import { LOOP_LIMIT } from '../../../engine/runtime';
import { converse, fakeCodeRunner, fakeHttp, project, text, texts } from './fixtures';

const blocks = (api: Record<string, unknown> = {}) => [
  { id: 'call', type: 'api' as const, url: 'https://shop.example.com/stock', next: 'after', ...api },
  { id: 'after', type: 'message' as const, messages: [text('after')] },
  { id: 'oops', type: 'message' as const, messages: [text('own route: {lastError}')] },
  { id: 'error_occurred', type: 'message' as const, messages: [text('error occurred: {lastError}')] },
  { id: 'fallback', type: 'message' as const, messages: [text('fallback')] },
];
const failing = () => ({ http: fakeHttp(() => ({ status: 500 })) });

describe('Error occurred block', () => {
  it('takes a failing API block without onError, before the fallback', async () => {
    const c = converse(
      project(blocks(), { errorBlock: 'error_occurred', fallbackBlock: 'fallback' }),
      failing(),
    );
    expect(texts((await c.start()).messages)).toEqual([
      'error occurred: HTTP 500 from GET https://shop.example.com/stock',
    ]);
  });

  it("leaves a block's own onError first", async () => {
    const c = converse(project(blocks({ onError: 'oops' }), { errorBlock: 'error_occurred' }), failing());
    expect(texts((await c.start()).messages)[0]).toMatch(/^own route: HTTP 500/);
  });

  it('takes a failing code block without onError', async () => {
    const runner = fakeCodeRunner(() => ({
      ok: false,
      error: { kind: 'code-threw' as const, name: 'Error', message: 'bad', line: 2 },
    }));
    const c = converse(
      project([{ id: 'compute', type: 'code', code: '/* fake */', next: 'after' }, ...blocks().slice(1)], {
        errorBlock: 'error_occurred',
      }),
      { codeRunner: runner },
    );
    expect(texts((await c.start()).messages)).toEqual(['error occurred: Error: bad (line 2)']);
  });

  it('without an Error occurred block, goes to the fallback, or ends, as before', async () => {
    const withFallback = converse(project(blocks(), { fallbackBlock: 'fallback' }), failing());
    expect(texts((await withFallback.start()).messages)).toEqual(['fallback']);
    const bare = converse(project(blocks()), failing());
    const turn = await bare.start();
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'error' });
  });

  const loop = [
    { id: 'start', type: 'goto' as const, else: 'a' },
    { id: 'a', type: 'goto' as const, else: 'b' },
    { id: 'b', type: 'goto' as const, else: 'a' },
    { id: 'error_occurred', type: 'message' as const, messages: [text('stuck, sorry')] },
  ];

  it('takes a detected loop to the Error occurred block, after reporting it', async () => {
    const c = converse(project(loop, { errorBlock: 'error_occurred' }));
    const turn = await c.start();
    expect(turn.events.find((e) => e.type === 'error')).toMatchObject({ code: 'loop-detected' });
    expect(texts(turn.messages)).toEqual(['stuck, sorry']);
    expect(c.waitingAt).toBe('error_occurred');
    expect(turn.events.some((e) => e.type === 'end')).toBe(false);
  });

  it('ends when the Error occurred block loops too (once per turn)', async () => {
    const c = converse(
      project([...loop.slice(0, 3), { id: 'error_occurred', type: 'goto' as const, else: 'a' }], {
        errorBlock: 'error_occurred',
      }),
    );
    const turn = await c.start();
    expect(turn.events.filter((e) => e.type === 'error')).toHaveLength(2);
    expect(turn.events.filter((e) => e.type === 'enter')).toHaveLength(2 * LOOP_LIMIT);
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'loop' });
  });

  it('ends a loop without an Error occurred block, as before', async () => {
    const turn = await converse(project(loop)).start();
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'loop' });
  });
});
