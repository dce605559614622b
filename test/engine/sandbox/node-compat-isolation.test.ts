// The compat globals (Buffer, URL, Intl, …) are one frozen copy per sandbox runtime, shared by every code
// block (engine/sandbox/shims/compat.ts): whatever a block does to them, the next block sees the originals;
// the host's Intl and URL take only checked plain values (engine/sandbox/host-intl.ts, host-url.ts); a
// block's time and memory limits hold while it uses them.
import { afterAll, describe, expect, it } from 'vitest';
import { intlHostCall } from '../../../engine/sandbox/host-intl';
import { urlHostCall } from '../../../engine/sandbox/host-url';
import { logTexts, sandbox } from './fixtures';

const box = sandbox({ maxWorkers: 1 });
afterAll(() => box.dispose());

/** Runs `attack` (its error, if any, ignored), also in strict mode, then `check` in a fresh block. */
async function after(attack: string, check: string): Promise<string[]> {
  await box.run(attack);
  await box.run(`'use strict'; ${attack}`);
  return logTexts(await box.ok(check));
}

describe('the shared compat globals', () => {
  it('keep their methods when a block replaces them, on the globals, prototypes or instances', async () => {
    expect(
      await after(
        `Buffer.from = () => 'x'; Buffer.prototype.toString = () => 'x'; Object.getPrototypeOf(Buffer.from('a')).toString = () => 'x';
         Object.getPrototypeOf(Object.getPrototypeOf(Buffer.from('a'))).join = () => 'x';
         URL.prototype.toString = () => 'x'; URLSearchParams.prototype.get = () => 'x'; TextEncoder.prototype.encode = () => 'x';
         Intl.NumberFormat = () => 'x'; Object.getPrototypeOf(new Intl.NumberFormat('en')).resolvedOptions = () => 'x';
         btoa.call = null; Object.defineProperty(Intl, 'DateTimeFormat', { value: 1 }); delete URL.canParse;`,
        `console.log(Buffer.from('hi').toString('hex'), Buffer.from('ab').join('-'), new URL('http://a/b').toString(), new URLSearchParams('a=1').get('a'),
           new TextEncoder().encode('a').length, new Intl.NumberFormat('en').format(1000), typeof Intl.DateTimeFormat, typeof URL.canParse,
           new Intl.NumberFormat('en').resolvedOptions().locale, btoa.call === Function.prototype.call)`,
      ),
    ).toEqual(['6869 97-98 http://a/b 1 1 1,000 function function en false']);
  });

  it("take no new properties, and a replaced global is the block's own", async () => {
    expect(
      await after(
        `Buffer.extra = 1; URL.prototype.extra = 1; Intl.extra = 1; Object.getPrototypeOf(Buffer).extra = 1; Buffer.poolSize = 1;
         globalThis.URL = function () { return 'mine'; }; Number.prototype.toLocaleString = () => 'mine';`,
        `console.log(Buffer.extra, new URL('http://a').extra, Intl.extra, Buffer.prototype.extra, Buffer.poolSize, typeof URL.canParse, (1000).toLocaleString('en'))`,
      ),
    ).toEqual(['undefined undefined undefined undefined 8192 function 1,000']);
    expect(logTexts(await box.ok(`URL = 5; Buffer = null; console.log(URL, Buffer)`))).toEqual(['5 null']);
  });

  it("keep no state between blocks: a URL or params object of one block is not the next one's", async () => {
    await box.ok(`globalThis.kept = new URL('http://a/?x=1'); kept.searchParams.set('x', '2');`);
    expect(logTexts(await box.ok(`console.log(typeof kept, new URL('http://a/?x=1').href)`))).toEqual([
      'undefined http://a/?x=1',
    ]);
  });

  it('let instances take own properties named like prototype methods', async () => {
    const result = await box.ok(
      `const b = Buffer.from('a'); b.custom = 1; const e = new TextDecoder(); e.extra = 2; console.log(b.custom, e.extra, b.length)`,
    );
    expect(logTexts(result)).toEqual(['1 2 1']);
  });

  it('run no code in the shared realm: its Function compiles in the block', async () => {
    expect(
      await after(
        `Buffer.constructor('leaked = 1')(); URL.constructor.constructor('globalThis.leaked2 = 1')();`,
        `console.log(typeof leaked, typeof leaked2, Buffer.constructor('return this')() === globalThis)`,
      ),
    ).toEqual(['undefined undefined true']);
  });

  it('keep the time limit: a block looping in Buffer or Intl calls times out', async () => {
    const loop = await box.run(
      `for (;;) { Buffer.from('x'.repeat(100)).toString('base64'); new Intl.NumberFormat('nl-BE').format(1); }`,
      {
        timeoutMs: 200,
        virtualTime: false,
      },
    );
    expect(loop).toMatchObject({ ok: false, error: { kind: 'code-timeout' } });
    expect(logTexts(await box.ok(`console.log(btoa('ok'))`))).toEqual(['b2s=']);
  });

  it('keep the memory limit: a Buffer past it fails as memory, and the next block runs', async () => {
    const big = await box.run(`const parts = []; for (;;) parts.push(Buffer.alloc(1024 * 1024));`, {
      memoryLimitMb: 16,
      timeoutMs: 20_000,
    });
    expect(big).toMatchObject({ ok: false, error: { kind: 'code-memory' } });
    expect(logTexts(await box.ok(`console.log(Buffer.from('ok').toString('hex'))`))).toEqual(['6f6b']);
  }, 30_000); // the worker is replaced after a memory failure, and the next block waits for a new one
});

describe('hostile arguments to the host Intl and URL', () => {
  it('are refused in the block with a clear error, never reaching host objects', async () => {
    const result = await box.ok(`
      const tries = [
        () => new Intl.NumberFormat(Array(17).fill('en')),
        () => new Intl.NumberFormat('x'.repeat(200)),
        () => new Intl.NumberFormat('en', { style: { toString() { return 'currency'; } }, currency: 'EUR' }).format(1),
        () => new Intl.NumberFormat('en', { __proto__: { style: 'percent' }, constructor: 1 }).format(0.5),
        () => new Intl.NumberFormat('en').format('9'.repeat(2000)),
        () => new URL('http://a/' + 'x'.repeat(70000)),
        () => new Intl.NumberFormat('en', null),
        () => new Intl.DateTimeFormat([1]),
      ];
      for (const t of tries) { try { console.log('ok', t()); } catch (e) { console.log(e.name, e.message); } }
    `);
    expect(logTexts(result)).toEqual([
      'RangeError At most 16 locales are supported in the sandbox',
      'RangeError Incorrect locale information provided',
      'ok €1.00',
      'ok 50%',
      'TypeError Intl: unsupported arguments in the sandbox (value.s: Too big: expected string to have <=1024 characters)',
      'RangeError The URL is 70009 characters long; URLs in the sandbox are at most 65536',
      'TypeError Cannot convert undefined or null to object',
      'TypeError Language ID should be string or object.',
    ]);
  });

  it('are checked again by the host: unknown keys, objects, huge or malformed requests', () => {
    const error = (json: string) =>
      (JSON.parse(intlHostCall(json)) as { error?: { name: string } }).error?.name;
    expect(
      error('{"type":"NumberFormat","method":"format","options":{"__proto__":{"style":"percent"}}}'),
    ).toBe('TypeError');
    expect(error('{"type":"NumberFormat","method":"format","options":{"style":{"x":1}}}')).toBe('TypeError');
    expect(error('{"type":"NumberFormat","method":"constructor"}')).toBe('TypeError');
    expect(error('{"type":"Process","method":"exit"}')).toBe('TypeError');
    expect(
      error(JSON.stringify({ type: 'Intl', method: 'getCanonicalLocales', locales: ['x'.repeat(20_000)] })),
    ).toBe('RangeError');
    expect(error('not json')).toBe('TypeError');
    expect(
      JSON.parse(
        intlHostCall('{"type":"NumberFormat","method":"format","locales":["nl-BE"],"value":{"n":1.5}}'),
      ),
    ).toEqual({
      value: '1,5',
    });
    expect(urlHostCall('{"op":"set","href":"http://a/","prop":"__proto__","value":"x"}')).toBe('null');
    expect(urlHostCall('{"op":"parse","input":{"toString":1}}')).toBe('null');
    expect(urlHostCall('nope')).toBe('null');
    expect(JSON.parse(urlHostCall('{"op":"parse","input":"b","base":"http://a/x/"}'))).toMatchObject({
      href: 'http://a/x/b',
    });
  });
});
