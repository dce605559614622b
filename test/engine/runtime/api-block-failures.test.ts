// API block failures: a non-2xx status, a timeout, a network error or an unparseable body goes to the
// block's onError (or the fallback block) with {lastError} set.
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../engine/http/http-port';
import { converse, fakeHttp, texts } from './fixtures';
import { apiProject } from './api-fixtures';

describe('failures go to onError (or the fallback) with {lastError}', () => {
  const fail = async (
    answer: Parameters<typeof fakeHttp>[0],
    api: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) => {
    const c = converse(apiProject(api, extra), { http: fakeHttp(answer) });
    return { c, turn: await c.start() };
  };

  it('a non-2xx status', async () => {
    const { turn } = await fail(() => ({ status: 503, body: { session: { namespace: 'x', data: 1 } } }));
    expect(texts(turn.messages)).toEqual(['Error: HTTP 503 from GET https://shop.example.com/stock']);
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'api-status', blockId: 'call' }),
    );
    expect(turn.events.find((e) => e.type === 'http')).toMatchObject({
      status: 503,
      error: { code: 'api-status' },
    });
    expect(turn.events.some((e) => e.type === 'set')).toBe(false);
  });

  it('a timeout', async () => {
    const { turn } = await fail(() => new HttpError('http-timeout', 'no answer within 10000 ms'));
    expect(texts(turn.messages)).toEqual([
      'Error: GET https://shop.example.com/stock: no answer within 10000 ms',
    ]);
    expect(turn.events.find((e) => e.type === 'http')).toMatchObject({
      status: null,
      error: { code: 'http-timeout' },
    });
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'http-timeout' }));
  });

  it('a network error', async () => {
    const { turn } = await fail(() => new TypeError('fetch failed'));
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'http-network' }));
    expect(texts(turn.messages)[0]).toContain('fetch failed');
  });

  it('an unparseable body', async () => {
    const { turn } = await fail(() => ({ body: '<html>oops' }));
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'api-unparseable' }));
    expect(texts(turn.messages)[0]).toMatch(
      /^Error: the response of GET https:\/\/shop.example.com\/stock is not JSON/,
    );
  });

  it('goes to the fallback block without onError', async () => {
    const { turn } = await fail(
      () => ({ status: 500 }),
      { onError: undefined },
      { fallbackBlock: 'fallback' },
    );
    expect(texts(turn.messages)).toEqual(['fallback: HTTP 500 from GET https://shop.example.com/stock']);
  });

  it('ends with an error without onError or fallback', async () => {
    const { turn } = await fail(() => ({ status: 500 }), { onError: undefined });
    expect(turn.ended).toBe(true);
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'error' });
  });

  it('an empty 204 body is not an error', async () => {
    const { turn } = await fail(() => ({ status: 204, bodyText: '' }));
    expect(texts(turn.messages)).toEqual(['after']);
  });
});
