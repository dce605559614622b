// Contexts are prepared in idle time, a few ahead, so that the code blocks of one turn, which run back to
// back, each find one ready; idle work comes in small steps and never while a run is in flight.
import { getQuickJS } from 'quickjs-emscripten';
import { describe, expect, it } from 'vitest';
import { QuickJsSandbox } from '../../../engine/sandbox/quickjs-sandbox';
import type { SandboxRunSpec } from '../../../engine/sandbox/sandbox-protocol';
import { lazyShims, warmOrder } from '../../../engine/sandbox/shims/prelude';
import { NOW } from './fixtures';

async function newSandbox(): Promise<QuickJsSandbox> {
  const bridge = {
    fetch() {},
    lodashSource: () => '',
    compatSources: () => ({ buffer: '', base64Js: '', ieee754: '' }),
    abortRequested: () => false,
    wasmHeapBytes: () => 0,
    started() {},
    finished() {},
  };
  return new QuickJsSandbox(await getQuickJS(), bridge, {
    maxStackBytes: 1024 * 1024,
    recycleHeapBytes: 2 ** 30,
  });
}

const spec = (code: string, more: Partial<SandboxRunSpec> = {}): SandboxRunSpec => ({
  code,
  args: {},
  timeoutMs: 2_000,
  memoryLimitMb: 32,
  seed: 1,
  now: NOW,
  virtualTime: true,
  ...more,
});

describe('prepared contexts', () => {
  it('are made in idle steps, one per step, and runs back to back take them', async () => {
    const sandbox = await newSandbox();
    expect(sandbox.stats().preparedContexts).toBe(0);
    expect(sandbox.idleStep()).toBe(true);
    expect(sandbox.stats().preparedContexts).toBe(1);
    let steps = 1;
    while (sandbox.idleStep()) steps++;
    const prepared = sandbox.stats().preparedContexts;
    expect(prepared).toBeGreaterThanOrEqual(3);
    expect(steps).toBeGreaterThan(prepared); // the shims are compiled in steps of their own

    for (let i = 1; i <= prepared; i++) {
      const outcome = await sandbox.run(i, spec(`console.log('block ${i}'); return ${i}`));
      expect(outcome).toMatchObject({ ok: true, logs: [{ level: 'log', text: `block ${i}` }] });
      expect(sandbox.stats().preparedContexts).toBe(prepared - i);
    }
    // With none ready, a run makes its own (fresh) context.
    const own = await sandbox.run(99, spec("ChatlayerResponseBuilder().addMessage('own').send()"));
    expect(own).toMatchObject({ ok: true, response: { messages: [{ type: 'text' }] } });
    expect(sandbox.stats().preparedContexts).toBe(0);
  });

  it('compile ahead only shims that exist, the common ones', () => {
    expect(Object.keys(lazyShims)).toEqual(expect.arrayContaining(warmOrder));
    expect(warmOrder).toEqual(expect.arrayContaining(['console', 'ChatlayerResponseBuilder']));
  });

  it('each run gets a fresh context: nothing one block leaves behind reaches the next prepared one', async () => {
    const sandbox = await newSandbox();
    while (sandbox.idleStep());
    await sandbox.run(1, spec('globalThis.leftover = 1; Object.prototype.tampered = 1; console.log = null'));
    const next = await sandbox.run(2, spec('console.log(typeof leftover, typeof ({}).tampered); return 0'));
    expect(next).toMatchObject({ ok: true, logs: [{ text: 'undefined undefined' }] });
  });

  it('does no idle work while a run is in flight', async () => {
    const sandbox = await newSandbox();
    const waiting = sandbox.run(
      1,
      spec('await new Promise((r) => setTimeout(r, 30)); return 1', { virtualTime: false }),
    );
    await new Promise((r) => setTimeout(r, 5));
    expect(sandbox.idleStep()).toBe(false);
    expect(sandbox.stats().preparedContexts).toBe(0);
    expect(await waiting).toMatchObject({ ok: true });
    expect(sandbox.idleStep()).toBe(true);
  });
});
