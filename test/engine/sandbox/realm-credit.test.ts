// A shared realm made inside a run (the first block to read `_`) is not charged to that block's limit: the
// sandbox moves the run's deadline on by the realm's time and tells the host (engine/sandbox/shared-realm.ts).
import { getQuickJS } from 'quickjs-emscripten';
import { describe, expect, it } from 'vitest';
import { QuickJsSandbox } from '../../../engine/sandbox/quickjs-sandbox';
import { NOW } from './fixtures';

/** A stand-in for lodash that takes far longer to evaluate than the block's limit (some 300 ms or more). */
const SLOW_LODASH = `var n = 0; for (var i = 0; i < 1e6; i++) n += i;
  module.exports = function lodash() {};
  module.exports.mixin = function () {};
  module.exports.toString = String;
  module.exports.sum = function (list) { return list.reduce(function (a, b) { return a + b; }, 0); };`;

describe('a shared realm made inside a run', () => {
  it('is not charged to the run, and the host hears when it started and how long it took', async () => {
    const heard: string[] = [];
    let tookMs = 0;
    const sandbox = new QuickJsSandbox(
      await getQuickJS(),
      {
        fetch() {},
        lodashSource: () => SLOW_LODASH,
        compatSources: () => ({ buffer: '', base64Js: '', ieee754: '' }),
        abortRequested: () => false,
        wasmHeapBytes: () => 0,
        started: (runId) => heard.push(`started ${runId}`),
        finished: (runId, realm, ms) => {
          heard.push(`finished ${runId} ${realm}`);
          tookMs = ms;
        },
      },
      { maxStackBytes: 1024 * 1024, recycleHeapBytes: 2 ** 30 },
    );
    // The loop after the read reaches QuickJS's interrupt checks, which compare with the deadline.
    const code =
      'const total = _.sum([1, 2]); let s = 0; for (let i = 0; i < 5e4; i++) s += i; return total;';
    const spec = { code, args: {}, timeoutMs: 100, memoryLimitMb: 32, seed: 1, now: NOW, virtualTime: false };
    const outcome = await sandbox.run(7, spec);
    expect(tookMs).toBeGreaterThan(spec.timeoutMs);
    expect(outcome).toMatchObject({ ok: true });
    expect(heard).toEqual(['started 7', 'finished 7 lodash']);
    expect(sandbox.stats().sharedRealmsMade).toEqual(['lodash']);
    // The limit still holds for the block's own time.
    const slow = await sandbox.run(8, { ...spec, code: 'for (;;) {}' });
    expect(slow).toMatchObject({ ok: false, error: { kind: 'code-timeout' } });
  });
});
