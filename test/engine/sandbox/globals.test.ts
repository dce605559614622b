// What code blocks see besides the builder (docs/file-format.md#code-block): args, lodash, fetch through the host, console,
// top-level await, timers (virtual and real time), the seeded Math.random and the conversation clock.
import { afterAll, describe, expect, it } from 'vitest';
import { fakeHost, logTexts, NOW, sandbox } from './fixtures';

const box = sandbox();
afterAll(() => box.dispose());

describe('code block globals', () => {
  it('exposes args as parsed JSON, keeping __proto__ a plain key', async () => {
    const result = await box.ok(
      `console.log(JSON.stringify(args), typeof args.n, Object.getPrototypeOf(args) === Object.prototype, Object.keys(args).join())`,
      {
        args: JSON.parse('{"n": 3, "list": [1, "a", null], "__proto__": {"x": 1}}'),
      },
    );
    expect(logTexts(result)).toEqual([
      '{"n":3,"list":[1,"a",null],"__proto__":{"x":1}} number true n,list,__proto__',
    ]);
  });

  it('offers lodash as _', async () => {
    const result = await box.ok(
      `console.log(_.sum([1, 2, 3]), _.capitalize('ghent'), JSON.stringify(_.groupBy([1, 2, 3], (n) => n % 2)), _.VERSION)`,
    );
    expect(logTexts(result)).toEqual(['6 Ghent {"0":[2],"1":[1,3]} 4.18.1']);
  });

  it('lets code shadow or replace _', async () => {
    expect(logTexts(await box.ok(`const _ = 5; console.log(_)`))).toEqual(['5']);
    expect(logTexts(await box.ok(`globalThis._ = 'mine'; console.log(_)`))).toEqual(['mine']);
  });

  it('routes fetch through the host callback and answers a Response-like object', async () => {
    const host = fakeHost((req) => ({
      status: 201,
      headers: { 'Content-Type': 'application/json', 'X-Id': '9' },
      bodyText: JSON.stringify({ got: req.body }),
    }));
    const result = await box.ok(
      `const r = await fetch('https://shop.test/stock', { method: 'post', headers: { Authorization: 'Bearer t' }, body: JSON.stringify({ sku: 1 }) });
       const body = await r.json();
       console.log(r.status, r.ok, r.headers.get('content-type'), r.headers.get('x-id'), r.headers.get('nope'), body.got);`,
      {},
      host,
    );
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]).toMatchObject({
      method: 'POST',
      url: 'https://shop.test/stock',
      headers: { Authorization: 'Bearer t' },
      body: '{"sku":1}',
    });
    expect(host.calls[0]!.timeoutMs).toBeGreaterThan(0);
    expect(logTexts(result)).toEqual(['201 true application/json 9 null {"sku":1}']);
  });

  it('reads a body as text and reports non-2xx statuses as not ok', async () => {
    const host = fakeHost(() => ({ status: 404, headers: {}, bodyText: 'missing' }));
    const result = await box.ok(
      `const r = await fetch('https://x.test/a'); console.log(r.status, r.ok, await r.text())`,
      {},
      host,
    );
    expect(host.calls[0]).toMatchObject({ method: 'GET' });
    expect(logTexts(result)).toEqual(['404 false missing']);
  });

  it('rejects fetch with a TypeError when the host request fails, which code can catch', async () => {
    const host = fakeHost(() => Promise.reject(new Error('no mock matches GET https://x.test/a')));
    const result = await box.ok(
      `try { await fetch('https://x.test/a') } catch (e) { console.log(e.name, e.message) }`,
      {},
      host,
    );
    expect(logTexts(result)).toEqual(['TypeError fetch failed: no mock matches GET https://x.test/a']);
  });

  it('refuses fetch methods the HTTP layer does not know, without calling the host', async () => {
    const host = fakeHost();
    const result = await box.ok(
      `try { await fetch('https://x.test/a', { method: 'HEAD' }) } catch (e) { console.log(e.message) }`,
      {},
      host,
    );
    expect(host.calls).toEqual([]);
    expect(logTexts(result)[0]).toContain('method HEAD is not supported');
  });

  it('captures console.log/info/warn/error with their levels', async () => {
    const result = await box.ok(
      `console.log('a', 1, { b: [2] }); console.info('i'); console.warn('w'); console.error(new RangeError('bad'))`,
    );
    expect(result.logs).toEqual([
      { level: 'log', text: 'a 1 {"b":[2]}' },
      { level: 'info', text: 'i' },
      { level: 'warn', text: 'w' },
      { level: 'error', text: 'RangeError: bad' },
    ]);
  });

  it('caps console output', async () => {
    const result = await box.ok(`for (let i = 0; i < 5000; i++) console.log('line ' + i)`);
    expect(result.logs.length).toBeLessThanOrEqual(1_001);
    expect(result.logs.at(-1)).toMatchObject({ level: 'warn' });
  });

  it('supports top-level await and return', async () => {
    const result = await box.ok(
      `const v = await Promise.resolve(41); console.log(v + 1); return; console.log('unreached')`,
    );
    expect(logTexts(result)).toEqual(['42']);
  });

  it('fires timers under virtual time at once, in order, moving the clock', async () => {
    const t0 = performance.now();
    const result = await box.ok(
      `
      const seen = [];
      setTimeout(() => seen.push('c@' + (Date.now() - ${NOW})), 3000);
      setTimeout(() => seen.push('a@' + (Date.now() - ${NOW})), 1000);
      const cancelled = setTimeout(() => seen.push('never'), 500);
      setTimeout((x) => seen.push(x + '@' + (Date.now() - ${NOW})), 1000, 'b');
      clearTimeout(cancelled);
      await new Promise((r) => _.delay(r, 2000));
      seen.push('delay@' + (Date.now() - ${NOW}));
      await new Promise((r) => setTimeout(r, 1500));
      console.log(seen.join(' '));`,
      { timeoutMs: 10_000 },
    );
    expect(logTexts(result)).toEqual(['a@1000 b@1000 delay@2000 c@3000']);
    expect(result.ms).toBe(3500);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('counts virtual time against the time limit', async () => {
    const result = await box.run(`await new Promise((r) => setTimeout(r, 5000))`, { timeoutMs: 1_000 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'code-timeout', name: 'Timeout' } });
  });

  it('waits for timers in real time when the clock is real', async () => {
    const t0 = performance.now();
    const result = await box.ok(
      `const t = Date.now(); await new Promise((r) => setTimeout(r, 120)); console.log(Date.now() - t >= 100)`,
      { virtualTime: false },
    );
    expect(performance.now() - t0).toBeGreaterThanOrEqual(100);
    expect(logTexts(result)).toEqual(['true']);
  });

  it('keeps running timers after the code returns until one sends', async () => {
    const result = await box.ok(
      `setTimeout(() => ChatlayerResponseBuilder().addMessage('later').send(), 100)`,
    );
    expect(result.response).toMatchObject({ messages: [{ config: { textMessages: [{ text: 'later' }] } }] });
  });

  it('follows the seed: the same seed gives the same Math.random, another seed differs', async () => {
    const code = `console.log([Math.random(), Math.random(), Math.random()].join())`;
    const a = logTexts(await box.ok(code, { seed: 1 }));
    const b = logTexts(await box.ok(code, { seed: 1 }));
    const c = logTexts(await box.ok(code, { seed: 2 }));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const values = a[0]!.split(',').map(Number);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('follows the conversation clock: Date.now(), new Date() and Date()', async () => {
    const result = await box.ok(
      `console.log(Date.now(), new Date().toISOString(), new Date(0).toISOString(), typeof Date(), new Date() instanceof Date, _.now())`,
      { now: Date.UTC(2030, 4, 6, 7, 8, 9) },
    );
    expect(logTexts(result)).toEqual([
      `${Date.UTC(2030, 4, 6, 7, 8, 9)} 2030-05-06T07:08:09.000Z 1970-01-01T00:00:00.000Z string true ${Date.UTC(2030, 4, 6, 7, 8, 9)}`,
    ]);
  });

  it('replays exactly: the same request gives the same result', async () => {
    const code = `await new Promise((r) => setTimeout(r, 250)); ChatlayerResponseBuilder().addSessionVariable('r', { n: Math.random(), t: Date.now(), id: _.uniqueId('x') }).send();`;
    const first = await box.ok(code, { seed: 9 });
    const second = await box.ok(code, { seed: 9 });
    expect(second.response).toEqual(first.response);
    expect(second.ms).toBe(first.ms);
  });
});
