// 10,000 runs on one worker leave its QuickJS runtime as they found it: memory, object count and the
// WebAssembly heap stay flat, and no worker is replaced. QuickJS frees cycles only when its collector
// runs (on allocation thresholds, which no API triggers), so the count after any one run includes garbage
// waiting for it; a leak raises the floor instead. Each side is the floor over the last 100 runs of its
// stretch (the shared lodash realm made that garbage vary by a few hundred objects from run to run).
import { afterAll, describe, expect, it } from 'vitest';
import { sandbox } from '../sandbox/fixtures';

const box = sandbox({ maxWorkers: 1 });
afterAll(() => box.dispose());

const blocks = [
  "ChatlayerResponseBuilder().addSessionVariable('n', args.i).addMessage('m' + args.i).send();",
  "console.log('i', args.i, { deep: [args.i] });",
  'await new Promise((r) => setTimeout(r, 10)); return args.i;',
  "const r = await fetch('https://x.test/' + args.i); await r.json();",
  "throw new Error('boom ' + args.i)",
  'const = syntax error',
  'Object.prototype.tampered = args.i; Array.prototype.push = null;',
  'new Promise(() => {}); Promise.resolve().then(() => Math.random());',
];

describe('sandbox resources', () => {
  it('stay flat across 10,000 runs', async () => {
    const runs = async (from: number, to: number) => {
      for (let i = from; i < to; i++)
        await box.run(i % 100 === 0 ? 'return _.sum([args.i])' : blocks[i % blocks.length]!, { args: { i } });
    };
    /** Runs [from, to): the stats after its last run, with the floor of objects and memory over its last 100. */
    const floor = async (from: number, to: number) => {
      await runs(from, to - 100);
      let objects = Infinity;
      let malloc = Infinity;
      for (let i = to - 100; i < to; i++) {
        await runs(i, i + 1);
        const { sandbox } = await box.runner.stats();
        objects = Math.min(objects, sandbox!.quickjsObjects);
        malloc = Math.min(malloc, sandbox!.quickjsMallocBytes);
      }
      const last = await box.runner.stats();
      return { ...last, sandbox: { ...last.sandbox!, quickjsObjects: objects, quickjsMallocBytes: malloc } };
    };
    const early = await floor(0, 1_000);
    const late = await floor(1_000, 10_000);
    expect(early.sandbox).not.toBeNull();
    expect(late.sandbox!.runs).toBe(early.sandbox!.runs + 9_000);
    expect(late.workersStarted).toBe(early.workersStarted);
    expect(late.sandbox!.wasmHeapBytes).toBe(early.sandbox!.wasmHeapBytes);
    expect(late.sandbox!.quickjsObjects).toBeLessThanOrEqual(early.sandbox!.quickjsObjects + 50);
    expect(late.sandbox!.quickjsMallocBytes).toBeLessThanOrEqual(
      early.sandbox!.quickjsMallocBytes + 64 * 1024,
    );
  }, 180_000);
});
