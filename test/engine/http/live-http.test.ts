// Live and record mode against a real local server, through Node's fetch as the CLI uses it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLiveHttp,
  createMockHttp,
  createRecordingHttp,
  HttpError,
  instantSleep,
  type HttpRequest,
} from '../../../engine/http';
import { createNodeLiveHttp, nodeFetchTransport } from '../../../engine/node/live-http';

let server: Server;
let base = '';
const seen: { method: string; url: string; body: string; auth: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((rq, rs) => {
    let body = '';
    rq.on('data', (c: Buffer) => (body += c.toString()));
    rq.on('end', () => {
      seen.push({ method: rq.method!, url: rq.url!, body, auth: rq.headers.authorization });
      if (rq.url === '/hang') return; // never answers
      if (rq.url === '/stream-forever') {
        rs.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'x'.repeat(16_384);
        const pump = () => {
          while (rs.write(chunk));
          rs.once('drain', pump);
        };
        rs.on('close', () => rs.removeAllListeners('drain'));
        return pump();
      }
      if (rq.url === '/text') {
        rs.writeHead(200, { 'content-type': 'text/plain', 'x-request-id': 'abc' });
        return rs.end('plain words');
      }
      rs.writeHead(rq.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', date: 'now' });
      rs.end(JSON.stringify({ path: rq.url, got: body || null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const req = (r: Partial<HttpRequest> & { url: string }): HttpRequest => ({
  method: 'GET',
  headers: {},
  timeoutMs: 5_000,
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

describe('live HTTP over Node fetch', () => {
  it('sends method, headers and body, and returns status, lower-cased headers, text and a duration', async () => {
    const http = createNodeLiveHttp();
    const res = await http.request(
      req({
        method: 'POST',
        url: `${base}/orders?x=1`,
        headers: { Authorization: 'Bearer t' },
        body: '{"a":1}',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.mocked).toBe(false);
    expect(res.headers['content-type']).toBe('application/json');
    expect(JSON.parse(res.bodyText)).toEqual({ path: '/orders?x=1', got: '{"a":1}' });
    expect(res.ms).toBeGreaterThanOrEqual(0);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', auth: 'Bearer t' });
  });

  it('fails with http-timeout when no answer comes within timeoutMs', async () => {
    const e = await errorOf(createNodeLiveHttp().request(req({ url: `${base}/hang`, timeoutMs: 150 })));
    expect(e.code).toBe('http-timeout');
    expect(e.message).toContain('150 ms');
  });

  it('stops reading at maxResponseBytes with http-too-large', async () => {
    const e = await errorOf(
      createNodeLiveHttp().request(req({ url: `${base}/stream-forever`, maxResponseBytes: 100_000 })),
    );
    expect(e.code).toBe('http-too-large');
  });

  it('reports a refused connection as http-network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const e = await errorOf(createNodeLiveHttp().request(req({ url: `http://127.0.0.1:${port}/` })));
    expect(e.code).toBe('http-network');
  });

  it('reports a cancelled request as http-aborted', async () => {
    const controller = new AbortController();
    const pending = createNodeLiveHttp().request(req({ url: `${base}/hang`, signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect((await errorOf(pending)).code).toBe('http-aborted');
  });

  it('refuses a declared content-length over the cap before reading the body', async () => {
    let read = false;
    const http = createLiveHttp(async () => ({
      status: 200,
      headers: new Headers({ 'content-length': '5000000' }),
      body: {
        getReader: () => {
          read = true;
          throw new Error('should not read');
        },
      },
    }));
    expect((await errorOf(http.request(req({ url: 'https://x.test/' })))).code).toBe('http-too-large');
    expect(read).toBe(false);
  });

  it('passes the transport the request and a signal', async () => {
    const calls: { url: string; method: string; hasSignal: boolean }[] = [];
    const http = createLiveHttp(async (url, init) => {
      calls.push({ url, method: init.method, hasSignal: init.signal !== undefined });
      return nodeFetchTransport(`${base}/text`, init);
    });
    const res = await http.request(req({ method: 'DELETE', url: 'https://x.test/item/1' }));
    expect(res.bodyText).toBe('plain words');
    expect(calls).toEqual([{ url: 'https://x.test/item/1', method: 'DELETE', hasSignal: true }]);
  });
});

describe('record mode', () => {
  it('stores each answer once as a mock that replays it in mocked mode', async () => {
    const http = createRecordingHttp(createNodeLiveHttp());
    await http.request(req({ url: `${base}/stock/P1?lang=en` }));
    await http.request(req({ url: `${base}/stock/P1?lang=en` }));
    await http.request(req({ method: 'POST', url: `${base}/orders`, body: '{"n":2}' }));
    await http.request(req({ url: `${base}/text` }));
    const mocks = http.recorded();
    expect(mocks).toEqual([
      {
        method: 'GET',
        url: `${base}/stock/P1?lang=en`,
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: { path: '/stock/P1?lang=en', got: null },
      },
      {
        method: 'POST',
        url: `${base}/orders`,
        status: 201,
        headers: { 'content-type': 'application/json' },
        body: { path: '/orders', got: '{"n":2}' },
      },
      {
        method: 'GET',
        url: `${base}/text`,
        status: 200,
        headers: { 'content-type': 'text/plain' },
        body: 'plain words',
      },
    ]);
    const replay = createMockHttp(mocks, { sleep: instantSleep });
    const again = await replay.request(req({ url: `${base}/stock/P1?lang=en` }));
    expect(JSON.parse(again.bodyText)).toEqual({ path: '/stock/P1?lang=en', got: null });
    expect((await replay.request(req({ url: `${base}/text` }))).bodyText).toBe('plain words');
  });

  it('does not record failed requests', async () => {
    const http = createRecordingHttp(createNodeLiveHttp());
    await expect(http.request(req({ url: `${base}/hang`, timeoutMs: 50 }))).rejects.toThrow();
    expect(http.recorded()).toEqual([]);
  });
});
