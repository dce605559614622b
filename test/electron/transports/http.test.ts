import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Services } from '../../../electron/api';
import { startWebTransport, type WebTransport } from '../../../electron/transports/http';
import { createHostEvents } from '../../../electron/services/host-events';

const events = createHostEvents();
const services = {
  'app.info': () => ({
    name: 'Botloom',
    version: '1.0.0',
    shell: 'web',
    platform: 'test',
    dataDir: '/tmp',
    initialProject: null,
  }),
  'projects.list': () => [],
  'projects.create': (i: { name: string }) => ({
    path: `/tmp/${i.name}.botloom`,
    name: i.name,
    lastOpenedAt: '2026-01-01T00:00:00.000Z',
  }),
} as unknown as Services;

let web: WebTransport;
let base: string;
const staticDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-static-'));
writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Botloom</title>');

beforeAll(async () => {
  web = await startWebTransport({ services, events, staticDir });
  base = `http://127.0.0.1:${web.port}`;
});
afterAll(() => web.close());

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('local web host', () => {
  it('listens on loopback and prints a URL carrying the token', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  it('answers a call that carries the token', async () => {
    const res = await call('app.info', {}, { Authorization: `Bearer ${web.token}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { name: 'Botloom' } });
  });

  it('refuses a call without the token', async () => {
    const res = await call('app.info', {});
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a call with a wrong token', async () => {
    const wrong = web.token.slice(0, -1) + (web.token.endsWith('0') ? '1' : '0');
    const res = await call('app.info', {}, { Authorization: `Bearer ${wrong}` });
    expect(res.status).toBe(401);
  });

  it('refuses a call from a foreign Origin, even with the token', async () => {
    const res = await call(
      'app.info',
      {},
      { Authorization: `Bearer ${web.token}`, Origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('accepts its own Origin', async () => {
    const res = await call('app.info', {}, { Authorization: `Bearer ${web.token}`, Origin: base });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: web.port,
          path: '/api/app.info',
          method: 'POST',
          headers: {
            Host: `evil.example:${web.port}`,
            Authorization: `Bearer ${web.token}`,
            'Content-Type': 'application/json',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('sends no CORS headers and refuses preflight', async () => {
    const res = await fetch(`${base}/api/app.info`, { method: 'OPTIONS' });
    expect(res.status).toBe(405);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('returns a clear validation error for invalid input', async () => {
    const res = await call('projects.create', { name: 7 }, { Authorization: `Bearer ${web.token}` });
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'name' }] } });
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(`${base}/api/app.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(res.status).toBe(400);
  });

  it('serves the renderer with the strict CSP', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await res.text()).not.toContain('root:');
  });

  it('pushes host events over Server-Sent Events only with the token', async () => {
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
    const res = await fetch(`${base}/api/events?token=${web.token}`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    events.emit('projects.changed', { path: '/tmp/a.botloom', revision: 3 });
    let text = '';
    while (!text.includes('\n\n', text.indexOf('event:')))
      text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('event: projects.changed');
    expect(text).toContain('"revision":3');
    await reader.cancel();
  });
});

describe('local web host: malformed input is a 400, links are not followed (issue 18)', () => {
  const auth = () => ({ Authorization: `Bearer ${web.token}` });

  it('answers 400 for a malformed % escape in an API method or a static path', async () => {
    const api = await fetch(`${base}/api/app.%E0%A4%A`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth() },
      body: '{}',
    });
    expect(api.status).toBe(400);
    expect((await fetch(`${base}/assets/%E0%A4%A.js`)).status).toBe(400);
    expect((await call('app.info', {}, auth())).status).toBe(200);
  });

  it('answers 400 for a body nested 5,000 levels deep', async () => {
    const res = await fetch(`${base}/api/projects.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth() },
      body: `{"name":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/nests deeper than 256 levels/);
  });

  it('does not follow a symbolic link inside the static folder', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'botloom-outside-'));
    writeFileSync(path.join(outside, 'secret.txt'), 'outside the app');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(staticDir, 'leak.txt'));
    symlinkSync(outside, path.join(staticDir, 'linked'));
    for (const p of ['/leak.txt', '/linked/secret.txt']) {
      const res = await fetch(`${base}${p}`);
      expect(await res.text()).not.toContain('outside the app');
    }
  });
});
