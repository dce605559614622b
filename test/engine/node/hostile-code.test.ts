// Hostile code is contained (docs/file-format.md#code-block): each case fails cleanly within its limit, the host's memory stays
// bounded, and the NEXT run on the same runner works normally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeErrorKind, CodeRunResult } from '../../../engine/sandbox/code-runner';
import { sandbox } from '../sandbox/fixtures';

const MiB = 1024 * 1024;
const box = sandbox({ maxWorkers: 1 });
afterAll(() => box.dispose());

/** The next run works normally (and, after a kill, waits for the warm replacement to be ready). */
async function expectNextRunWorks(): Promise<void> {
  const next = await box.ok(
    `ChatlayerResponseBuilder().addMessage('still ' + [1, 2].map((n) => n * 2).join()).send();`,
  );
  expect(next.response).toEqual({
    session: [],
    messages: [{ type: 'text', config: { textMessages: [{ text: 'still 2,4' }] } }],
  });
}

async function timed(
  code: string,
  overrides: Parameters<typeof box.run>[1],
): Promise<{ result: CodeRunResult; ms: number; rssGrowth: number }> {
  const rss0 = process.memoryUsage.rss();
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  const t0 = performance.now();
  try {
    const result = await box.run(code, overrides);
    return {
      result,
      ms: performance.now() - t0,
      rssGrowth: Math.max(peak, process.memoryUsage.rss()) - rss0,
    };
  } finally {
    clearInterval(sampler);
  }
}

beforeAll(expectNextRunWorks);

describe('looping code is stopped within its limit + 250 ms', () => {
  const loops: [string, string][] = [
    ['an infinite loop', 'for (;;) {}'],
    ["a loop stuck in builtins ('x'.repeat)", "for (;;) { 'x'.repeat(1e6) }"],
    ['a loop after an await', 'await null; while (true) {}'],
    ['a loop inside a timer callback', 'setTimeout(() => { for (;;) {} }, 10)'],
    [
      'a loop of JSON round trips',
      'const o = { a: [1, 2, 3], b: "x".repeat(1000) }; for (;;) JSON.parse(JSON.stringify(o))',
    ],
    ['catastrophic regex backtracking', "/^(a+)+$/.test('a'.repeat(40) + 'b')"],
    ['a loop that catches every interruption', 'for (;;) { try { for (;;) {} } catch (e) {} }'],
  ];
  for (const virtualTime of [true, false]) {
    it.each(loops)(`stops %s (${virtualTime ? 'virtual' : 'real'} time)`, async (_name, code) => {
      const { result, ms } = await timed(code, { timeoutMs: 300, virtualTime });
      expect(result).toMatchObject({ ok: false, error: { kind: 'code-timeout', name: 'Timeout' } });
      expect(ms).toBeLessThan(300 + 250);
      await expectNextRunWorks();
    });
  }

  it('stops a never-resolving promise, and the next run works', async () => {
    const { result, ms } = await timed('await new Promise(() => {})', { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'code-timeout' } });
    expect(ms).toBeLessThan(300 + 250);
    await expectNextRunWorks();
  });
});

describe('memory bombs fail with code-memory and the host grows by at most the limit + 64 MB', () => {
  const bombs: [string, string, CodeErrorKind][] = [
    [
      'an object allocation bomb',
      'const a = []; for (;;) a.push({ n: a.length, list: [1, 2, 3] })',
      'code-memory',
    ],
    ['a doubling string', "let s = 'x'; for (;;) s += s", 'code-memory'],
    ['a pile of large strings', "const a = []; for (;;) a.push('x'.repeat(1e5) + a.length)", 'code-memory'],
    ['a pile of typed arrays', 'const a = []; for (;;) a.push(new Uint8Array(1e6))', 'code-memory'],
    ['one huge array buffer', 'const b = new ArrayBuffer(512 * 1024 * 1024); b.byteLength', 'code-memory'],
  ];
  it.each(bombs)('contains %s', async (_name, code, kind) => {
    const limitMb = 32;
    const { result, rssGrowth } = await timed(code, { memoryLimitMb: limitMb, timeoutMs: 15_000 });
    expect(result).toMatchObject({ ok: false, error: { kind, name: 'Memory limit' } });
    expect(rssGrowth).toBeLessThanOrEqual(limitMb * MiB + 64 * MiB);
    await expectNextRunWorks();
  });
});

describe('deep recursion', () => {
  it('fails with code-stack, and the next run works', async () => {
    const { result } = await timed('const f = (n) => f(n + 1) + 1; f(0)', {});
    expect(result).toMatchObject({ ok: false, error: { kind: 'code-stack', name: 'Stack overflow' } });
    await expectNextRunWorks();
  });

  it('still allows ordinary recursion depth', async () => {
    const result = await box.ok(
      'const depth = (n) => (n === 0 ? 0 : 1 + depth(n - 1)); console.log(depth(2000))',
    );
    expect(result.logs[0]!.text).toBe('2000');
  });
});

describe('nothing of the host is reachable', () => {
  it('has no process, require, module or other host objects', async () => {
    const names = [
      'process',
      'require',
      'module',
      'exports',
      'global',
      '__dirname',
      '__filename',
      'setImmediate',
      'WebAssembly',
      'importScripts',
      'postMessage',
      'Deno',
      'Bun',
      'host',
      '__host',
    ];
    const result = await box.ok(
      `console.log(${JSON.stringify(names)}.map((n) => n + ':' + typeof globalThis[n]).join(' '))`,
    );
    expect(result.logs[0]!.text).toBe(names.map((n) => `${n}:undefined`).join(' '));
  });

  it("offers Buffer as the sandbox's own (feross/buffer), which reaches nothing of the host", async () => {
    const result = await box.ok(
      `console.log(typeof Buffer.from, Buffer.constructor('return typeof process + typeof require')(), Buffer.from('a').buffer.constructor.constructor('return typeof process')())`,
    );
    expect(result.logs[0]!.text).toBe('function undefinedundefined undefined');
  });

  it('cannot escape through constructors, eval or dynamic import', async () => {
    const result = await box.ok(`
      const viaFunction = (function () {}).constructor('return typeof process + typeof require')();
      const viaEval = eval('typeof process');
      let imported;
      try { await import('node:fs'); imported = 'loaded' } catch (e) { imported = 'refused' }
      console.log(viaFunction, viaEval, imported);`);
    expect(result.logs[0]!.text).toBe('undefinedundefined undefined refused');
  });

  it('lists only standard globals and the documented ones', async () => {
    const result = await box.ok('console.log(Object.getOwnPropertyNames(globalThis).join())');
    const standard = new Set(Object.getOwnPropertyNames(globalThis));
    const documented = [
      'args',
      'ChatlayerResponseBuilder',
      '_',
      'fetch',
      'console',
      'setTimeout',
      'clearTimeout',
      'InternalError',
      'Iterator',
      'Float16Array',
    ];
    const extra = result.logs[0]!.text.split(',').filter((n) => !standard.has(n) && !documented.includes(n));
    expect(extra).toEqual([]);
  });
});

describe('prototype tampering', () => {
  it('does not leak into the next run', async () => {
    const tamper = await box.run(`
      Object.prototype.polluted = 'yes';
      Array.prototype.map = () => 'hijacked';
      JSON.stringify = () => '{}';
      Math.random = () => 0;
      Date.now = () => 0;
      globalThis.leftover = 1;
      globalThis.ChatlayerResponseBuilder = () => ({ send() {} });
      console.log = () => {};`);
    expect(tamper.ok).toBe(true);
    const next = await box.ok(
      `console.log(({}).polluted, typeof leftover, Math.random() > 0, Date.now() > 0, JSON.stringify({ a: 1 }))`,
    );
    expect(next.logs[0]!.text).toBe('undefined undefined true true {"a":1}');
    await expectNextRunWorks();
  });
});
