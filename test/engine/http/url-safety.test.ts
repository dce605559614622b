// URLs built safely (issue 18): template values are percent-encoded as components in an API block's
// path and query (a base URL placeholder that starts the URL is taken whole), and live mode refuses
// redirects to loopback/private addresses unless allowed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../engine/http';
import { createNodeLiveHttp, isPrivateAddress } from '../../../engine/node/live-http';
import { converse, fakeHttp, project, text } from '../runtime/fixtures';

describe('API block URLs', () => {
  it('encodes a user answer inserted into the path, so it cannot climb to another endpoint', async () => {
    const http = fakeHttp(() => ({ body: {} }));
    const c = converse(
      project([
        {
          id: 'call',
          type: 'api',
          url: '{base}/orders/{answer}/status?who={answer}',
          query: { q: '{answer}' },
          next: 'done',
        },
        { id: 'done', type: 'message', messages: [text('ok')] },
      ]),
      { http, session: { base: 'https://shop.example.com/v1', answer: '../../admin/delete-all?x=' } },
    );
    await c.start();
    const url = new URL(http.requests[0]!.url);
    expect(url.origin + url.pathname).toBe(
      'https://shop.example.com/v1/orders/..%2F..%2Fadmin%2Fdelete-all%3Fx%3D/status',
    );
    expect(url.searchParams.get('who')).toBe('../../admin/delete-all?x=');
    expect(url.searchParams.get('q')).toBe('../../admin/delete-all?x=');
  });
});

describe('live mode redirects', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((rq, rs) => {
      hits.push(rq.url!);
      if (rq.url === '/bounce') {
        rs.writeHead(302, { location: `${base}/internal` });
        return rs.end();
      }
      rs.writeHead(200, { 'content-type': 'application/json' });
      rs.end(JSON.stringify({ at: rq.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const req = (url: string): HttpRequest => ({
    method: 'GET',
    url,
    headers: { Authorization: 'Bearer t' },
    timeoutMs: 5_000,
    maxResponseBytes: 1_000_000,
  });

  it('refuses a redirect to a loopback address, saying how to allow it', async () => {
    hits.length = 0;
    await expect(createNodeLiveHttp().request(req(`${base}/bounce`))).rejects.toThrow(
      /redirect to 127\.0\.0\.1:\d+ \(a loopback or private address\) was refused.*BOTLOOM_ALLOW_PRIVATE_REDIRECTS/,
    );
    expect(hits).toEqual(['/bounce']);
  });

  it('follows it when the user allows private redirects', async () => {
    const res = await createNodeLiveHttp({ allowPrivateRedirects: true }).request(req(`${base}/bounce`));
    expect(JSON.parse(res.bodyText)).toEqual({ at: '/internal' });
  });

  it('classifies loopback, private, link-local and mapped addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '172.32.0.1', '2001:4860::8888', '93.184.216.34'])
      expect(isPrivateAddress(a), a).toBe(false);
  });
});
