// The runner's pool: a warm replacement after a kill, aborts through the request's signal, concurrent runs,
// dispose, and a clear error when the worker script is missing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createQuickJsCodeRunner,
  locateSandboxWorker,
  outsideAsar,
  SandboxWorkerMissing,
} from '../../../engine/node';
import { SandboxThread } from '../../../engine/node/sandbox-thread';
import type { SandboxOutcome } from '../../../engine/sandbox/sandbox-protocol';
import { fakeHost, request, sandbox } from '../sandbox/fixtures';

const box = sandbox({ maxWorkers: 2 });
afterAll(() => box.dispose());

const until = async (check: () => Promise<boolean>, ms = 10_000) => {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('QuickJS code runner lifecycle', () => {
  it('makes no shared realm before a block reads one (each costs every later run collection time)', async () => {
    const fresh = sandbox({ maxWorkers: 1 });
    try {
      await fresh.ok('return 1');
      expect((await fresh.runner.stats()).sandbox).toMatchObject({ sharedRealmsMade: [] });
      await fresh.ok('return _.sum([1, 2])');
      expect((await fresh.runner.stats()).sandbox).toMatchObject({ sharedRealmsMade: ['lodash'] });
    } finally {
      await fresh.dispose();
    }
  });

  it('tells the host, through shared memory, how long the realms made inside a run took', async () => {
    // The deadline's arithmetic is unit-tested (run-deadline.test.ts, realm-credit.test.ts); this is the wiring.
    const realmsWanted = new SharedArrayBuffer(4);
    const thread = new SandboxThread({
      script: locateSandboxWorker(),
      maxStackBytes: 1024 * 1024,
      recycleHeapBytes: 2 ** 30,
      workerHeapMb: 128,
      realmsWanted,
    });
    try {
      await thread.ready;
      const code = "console.log(_.sum([1, 2]), Buffer.from('hi').toString('base64'))";
      const outcome = await new Promise<SandboxOutcome>((resolve, reject) =>
        thread.start(request(code), fakeHost(), resolve, (exit) => reject(new Error(exit.kind))),
      );
      expect(outcome).toMatchObject({ ok: true, logs: [{ text: '3 aGk=' }] });
      const wait = thread.realmWait(1);
      expect(wait.building).toBe(false);
      expect(wait.creditMs).toBeGreaterThan(0);
      expect(new Int32Array(realmsWanted)[0]).toBe(0b11); // lodash and compat, for the pool's next workers
    } finally {
      thread.terminate();
    }
  });

  it('has a replacement worker make the realms the pool’s blocks used before it is ready', async () => {
    const single = sandbox({ maxWorkers: 1 });
    try {
      await single.ok('return _.sum([1, 2])');
      await single.run("for (;;) { 'x'.repeat(1e6) }", { timeoutMs: 100 });
      await until(async () => (await single.runner.stats()).sandbox !== null);
      expect(await single.runner.stats()).toMatchObject({
        workersStarted: 2,
        sandbox: { sharedRealmsMade: ['lodash'] },
      });
    } finally {
      await single.dispose();
    }
  });

  it('starts a warm replacement when a worker is killed, so the next block does not wait for start-up', async () => {
    const single = sandbox({ maxWorkers: 1 });
    try {
      await single.ok('return 1');
      expect(await single.runner.stats()).toMatchObject({ workersStarted: 1, workersKilled: 0 });
      const killed = await single.run("for (;;) { 'x'.repeat(1e6) }", { timeoutMs: 100 });
      expect(killed).toMatchObject({ ok: false, error: { kind: 'code-timeout' } });
      await until(async () => (await single.runner.stats()).sandbox !== null);
      expect(await single.runner.stats()).toMatchObject({ workersStarted: 2, workersKilled: 1 });
      const t0 = performance.now();
      await single.ok('return 2');
      expect(performance.now() - t0).toBeLessThan(50);
    } finally {
      await single.dispose();
    }
  });

  it('keeps one warm worker, starting more only for concurrent runs', async () => {
    const pool = sandbox({ maxWorkers: 3 });
    try {
      await pool.ok('return 1');
      await pool.ok('return 2');
      expect((await pool.runner.stats()).workersStarted).toBe(1);
      await Promise.all(
        [1, 2, 3].map(() => pool.ok('await new Promise((r) => setTimeout(r, 30))', { virtualTime: false })),
      );
      expect((await pool.runner.stats()).workersStarted).toBeLessThanOrEqual(3);
    } finally {
      await pool.dispose();
    }
  });

  it('aborts a run through its signal, rejecting with the reason, and the next run works', async () => {
    const controller = new AbortController();
    const pending = box.run('for (;;) {}', { timeoutMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const t0 = performance.now();
    await expect(pending).rejects.toThrow('user left');
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect((await box.ok('console.log("ok")')).logs[0]!.text).toBe('ok');
  });

  it('aborts a run stuck inside a builtin', async () => {
    const controller = new AbortController();
    const pending = box.run("for (;;) { 'x'.repeat(1e6) }", { timeoutMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    await expect(pending).rejects.toThrow('stop');
    await box.ok('return 1');
  });

  it('refuses a request whose signal is already aborted', async () => {
    await expect(box.run('return 1', { signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow(
      'too late',
    );
  });

  it('aborts a run waiting on a timer in real time', async () => {
    const controller = new AbortController();
    const pending = box.run('await new Promise((r) => setTimeout(r, 5000))', {
      virtualTime: false,
      timeoutMs: 10_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('gone')), 50);
    await expect(pending).rejects.toThrow('gone');
  });

  it('runs blocks concurrently on separate workers, each with its own args', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        box.ok(
          `await new Promise((r) => setTimeout(r, 50)); ChatlayerResponseBuilder().addSessionVariable('i', args.i).send();`,
          { args: { i }, virtualTime: false },
        ),
      ),
    );
    expect(results.map((r) => r.response)).toEqual(
      Array.from({ length: 6 }, (_, i) => ({ session: [{ namespace: 'i', data: i }], messages: [] })),
    );
  });

  it('answers each fetch to the run that asked for it', async () => {
    const host = fakeHost(async (req) => {
      await new Promise((r) => setTimeout(r, 20));
      return { bodyText: JSON.stringify({ url: req.url }) };
    });
    const result = await box.ok(
      `const [a, b] = await Promise.all([fetch('https://x.test/a'), fetch('https://x.test/b')]);
       console.log((await a.json()).url, (await b.json()).url);`,
      {},
      host,
    );
    expect(result.logs[0]!.text).toBe('https://x.test/a https://x.test/b');
  });

  it('ends runs in flight when disposed', async () => {
    const runner = createQuickJsCodeRunner();
    const pending = runner.run(request('for (;;) {}', { timeoutMs: 10_000 }), fakeHost());
    setTimeout(() => void runner.dispose(), 50);
    await expect(pending).rejects.toThrow('disposed');
  });

  it('refuses runs after dispose', async () => {
    const runner = createQuickJsCodeRunner();
    await runner.dispose();
    await expect(runner.run(request('return 1'), fakeHost())).rejects.toThrow('disposed');
  });
});

describe('the worker script', () => {
  it('is found in the package dist/node when running from source', () => {
    expect(locateSandboxWorker().pathname).toMatch(/dist\/node\/sandbox-worker\.js$/);
  });

  it('is taken from app.asar.unpacked in a packaged Electron app, where worker threads cannot read the asar', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'botloom-packaged-'));
    const asar = path.join(root, 'resources', 'app.asar');
    const unpacked = path.join(root, 'resources', 'app.asar.unpacked');
    for (const base of [asar, unpacked]) {
      mkdirSync(path.join(base, 'dist', 'node'), { recursive: true });
      writeFileSync(path.join(base, 'package.json'), '{}');
      writeFileSync(path.join(base, 'dist', 'node', 'sandbox-worker.js'), '');
    }
    mkdirSync(path.join(asar, 'dist', 'electron'), { recursive: true });
    const from = pathToFileURL(path.join(asar, 'dist', 'electron', 'main.js')).href;
    expect(fileURLToPath(locateSandboxWorker(from))).toBe(
      path.join(unpacked, 'dist', 'node', 'sandbox-worker.js'),
    );
    expect(outsideAsar('/opt/Botloom/resources/app.asar/dist/node/x.js')).toBe(
      '/opt/Botloom/resources/app.asar.unpacked/dist/node/x.js',
    );
    expect(outsideAsar('/home/me/botloom/dist/node/x.js')).toBe('/home/me/botloom/dist/node/x.js');
  });

  it('is reported clearly when it does not exist', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-sandbox-'));
    const from = pathToFileURL(path.join(dir, 'index.js')).href;
    expect(() => locateSandboxWorker(from)).toThrow(SandboxWorkerMissing);
    expect(() => locateSandboxWorker(from)).toThrow(/npm run build:node/);
    const runner = createQuickJsCodeRunner({
      workerScript: pathToFileURL(path.join(dir, 'sandbox-worker.js')),
    });
    await expect(runner.run(request('return 1'), fakeHost())).rejects.toThrow(/could not start/);
    await runner.dispose();
  });
});
