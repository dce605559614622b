import { describe, expect, it } from 'vitest';
import { createMockHttp, HttpError, instantSleep, type HttpRequest } from '../../../engine/http';
import { Mock, type Mock as MockT } from '../../../engine/model';

const mock = (m: Partial<MockT> & { url: string }): MockT => Mock.parse(m);
const req = (r: Partial<HttpRequest> & { url: string }): HttpRequest => ({
  method: 'GET',
  headers: {},
  timeoutMs: 10_000,
  maxResponseBytes: 1_048_576,
  ...r,
});

async function errorOf(p: Promise<unknown>): Promise<HttpError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HttpError) return e;
    throw e;
  }
  throw new Error('expected an HttpError');
}

describe('mocked HTTP', () => {
  it('answers with the first matching mock: status, headers and the JSON body as text', async () => {
    const http = createMockHttp([
      mock({ url: 'https://shop.example.com/stock/*', body: { inStock: true }, headers: { 'x-shop': '1' } }),
      mock({ url: 'https://shop.example.com/stock/P1', body: { inStock: false } }),
    ]);
    const res = await http.request(req({ url: 'https://shop.example.com/stock/P1' }));
    expect(res).toEqual({
      status: 200,
      headers: { 'x-shop': '1', 'content-type': 'application/json' },
      bodyText: '{"inStock":true}',
      ms: 0,
      mocked: true,
    });
    expect(http.calls).toEqual([{ method: 'GET', url: 'https://shop.example.com/stock/P1', mock: 0 }]);
  });

  it('lets * match any run of characters, including slashes and nothing', async () => {
    const http = createMockHttp([mock({ url: 'https://api.example.com/*/orders*', status: 201 })]);
    expect((await http.request(req({ url: 'https://api.example.com/v1/eu/orders' }))).status).toBe(201);
    expect((await http.request(req({ url: 'https://api.example.com/v2/orders/17' }))).status).toBe(201);
    await expect(http.request(req({ url: 'https://api.example.com/orders' }))).rejects.toThrow(/no mock/);
  });

  it('requires the method to match', async () => {
    const http = createMockHttp([mock({ method: 'POST', url: 'https://x.test/a' })]);
    const e = await errorOf(http.request(req({ url: 'https://x.test/a' })));
    expect(e.code).toBe('http-unmocked');
    expect(e.message).toMatch(/mocks for POST match this URL, but the method must match too/);
    expect((await http.request(req({ method: 'POST', url: 'https://x.test/a' }))).status).toBe(200);
  });

  it('ignores the query string when the pattern has none, and requires listed parameters in any order when it has', async () => {
    const http = createMockHttp([
      mock({ url: 'https://x.test/search?lang=nl&q=*', body: 'dutch' }),
      mock({ url: 'https://x.test/search', body: 'any' }),
    ]);
    const body = async (url: string) => (await http.request(req({ url }))).bodyText;
    expect(await body('https://x.test/search?q=pizza%20margherita&lang=nl&page=2')).toBe('dutch');
    expect(await body('https://x.test/search?lang=en&q=pizza')).toBe('any');
    expect(await body('https://x.test/search')).toBe('any');
    expect(await body('https://x.test/search#top')).toBe('any');
  });

  it('sends a string body as written, without a JSON content type', async () => {
    const http = createMockHttp([
      mock({ url: 'https://x.test/plain', body: 'OK', headers: { 'Content-Type': 'text/plain' } }),
    ]);
    const res = await http.request(req({ url: 'https://x.test/plain' }));
    expect(res.bodyText).toBe('OK');
    expect(res.headers).toEqual({ 'Content-Type': 'text/plain' });
  });

  it('reports an unmatched request as http-unmocked naming the method, the URL and how to add a mock', async () => {
    const http = createMockHttp([mock({ url: 'https://other.test/*' })]);
    const e = await errorOf(
      http.request(req({ method: 'POST', url: 'https://shop.example.com/stock/P1?lang=en', body: '{}' })),
    );
    expect(e.code).toBe('http-unmocked');
    expect(e.message).toContain('POST https://shop.example.com/stock/P1?lang=en');
    expect(e.message).toContain('"mocks"');
    expect(e.message).toContain(
      '{"method":"POST","url":"https://shop.example.com/stock/P1","status":200,"body":{}}',
    );
  });

  it('honours delayMs through the injected sleep and reports it as the duration', async () => {
    const slept: number[] = [];
    const http = createMockHttp([mock({ url: 'https://x.test/slow', delayMs: 1500 })], {
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    const res = await http.request(req({ url: 'https://x.test/slow' }));
    expect(slept).toEqual([1500]);
    expect(res.ms).toBe(1500);
  });

  it('times out when the mock delays longer than the request allows, waiting only the timeout', async () => {
    const slept: number[] = [];
    const http = createMockHttp([mock({ url: 'https://x.test/slow', delayMs: 60_000 })], {
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    const e = await errorOf(http.request(req({ url: 'https://x.test/slow', timeoutMs: 2000 })));
    expect(e.code).toBe('http-timeout');
    expect(slept).toEqual([2000]);
  });

  it('applies the response size cap to mocked bodies too', async () => {
    const http = createMockHttp([mock({ url: 'https://x.test/big', body: 'x'.repeat(2000) })], {
      sleep: instantSleep,
    });
    const e = await errorOf(http.request(req({ url: 'https://x.test/big', maxResponseBytes: 1000 })));
    expect(e.code).toBe('http-too-large');
  });

  it('gives up with http-aborted when the signal is aborted during a real delay', async () => {
    const http = createMockHttp([mock({ url: 'https://x.test/slow', delayMs: 60_000 })]);
    const controller = new AbortController();
    const pending = http.request(
      req({ url: 'https://x.test/slow', timeoutMs: 120_000, signal: controller.signal }),
    );
    controller.abort();
    expect((await errorOf(pending)).code).toBe('http-aborted');
  });
});
