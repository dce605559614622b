// lodash is evaluated once per sandbox runtime and shared, frozen, by every code block (shims/lodash.ts):
// whatever a block does to `_`, to what lodash returns or to lodash's realm, the next block sees the
// original lodash, its own clock, random numbers and ids.
import { afterAll, describe, expect, it } from 'vitest';
import { logTexts, sandbox } from './fixtures';

// One worker, so that every block below runs in the same runtime, against the same shared lodash.
const box = sandbox({ maxWorkers: 1 });
afterAll(() => box.dispose());

/** Runs `attack` (its error, if any, ignored), then `check` in a fresh block, and returns check's logs. */
async function after(attack: string, check: string): Promise<string[]> {
  await box.run(attack);
  await box.run(`'use strict'; ${attack}`);
  return logTexts(await box.ok(check));
}

describe('the shared lodash', () => {
  it('keeps its functions when a block replaces or deletes them', async () => {
    expect(
      await after(
        `_.map = () => 'x'; delete _.sum; _.filter.call = null; Object.defineProperty(_, 'get', { value: 1 });`,
        `console.log(JSON.stringify(_.map([1, 2], (n) => n * 2)), _.sum([1, 2]), typeof _.get, _.filter.call === Function.prototype.call)`,
      ),
    ).toEqual(['[2,4] 3 function false']);
  });

  it('takes no new properties, on itself, its prototype chain or its functions', async () => {
    expect(
      await after(
        `_.extra = 1; _.__proto__.polluted = 1; Object.getPrototypeOf(_).polluted = 1; _.map.extra = 1; _.prototype.extra = 1; Object.setPrototypeOf(_, null); _.mixin({ added: () => 1 });`,
        `console.log(_.extra, _.polluted, _.map.extra, _.prototype.extra, _.added, typeof Object.getPrototypeOf(_), _([1]).extra)`,
      ),
    ).toEqual(['undefined undefined undefined undefined undefined function undefined']);
  });

  it('keeps its settings and caches', async () => {
    expect(
      await after(
        `_.templateSettings.interpolate = /#([\\s\\S]+?)#/g; _.templateSettings.imports.x = 1; _.memoize.Cache = function () {};`,
        `console.log(_.template('<%= a %>')({ a: 1 }), _.templateSettings.imports.x, _.memoize((n) => n * 2)(4))`,
      ),
    ).toEqual(['1 undefined 8']);
  });

  it("keeps the prototypes of the objects it returns (the shared realm's intrinsics)", async () => {
    expect(
      await after(
        `Object.getPrototypeOf(_.range(2)).sum = () => 'x'; Object.getPrototypeOf(_.range(2)).map = null; Object.getPrototypeOf(_.groupBy([], String)).hacked = 1; Object.getPrototypeOf(_.attempt(() => { throw 1; })).message = 'x'; _.range(2).constructor.prototype.flag = 1;`,
        `const r = _.range(3); console.log(r.sum, r.flag, JSON.stringify(r.map((n) => n + 1)), _.groupBy([1], String).hacked, _.attempt(() => { throw 1; }).message)`,
      ),
    ).toEqual(['undefined undefined [1,2,3] undefined 1']);
  });

  it("runs no code in the shared realm: its Function and eval compile in the block's own realm", async () => {
    expect(
      await after(
        `_.map.constructor('leaked = 1; return 1')(); _.map.constructor.constructor('globalThis.leaked2 = 1')(); _.template('<% leaked3 = 1 %>')();`,
        `console.log(typeof leaked, typeof leaked2, typeof leaked3, _.map.constructor('return this')() === globalThis)`,
      ),
    ).toEqual(['undefined undefined undefined true']);
  });

  it('lets objects it returns take own properties named like prototype methods', async () => {
    const result = await box.ok(
      `const c = _.countBy(['constructor', 'toString', 'toString']); const o = _.fromPairs([['valueOf', 1]]); o.hasOwnProperty = 2; console.log(JSON.stringify(c), JSON.stringify(o))`,
    );
    expect(logTexts(result)).toEqual(['{"constructor":1,"toString":2} {"valueOf":1,"hasOwnProperty":2}']);
  });

  it("gives each block its own uniqueId counter and the block's seeded random numbers", async () => {
    const code = `console.log(_.uniqueId('a'), _.uniqueId(), _.random(0, 1e9), JSON.stringify(_.shuffle([1, 2, 3, 4, 5])))`;
    const first = logTexts(await box.ok(code, { seed: 5 }));
    await box.ok(`_.uniqueId(); _.uniqueId(); _.random(1, 100);`, { seed: 6 });
    const again = logTexts(await box.ok(code, { seed: 5 }));
    expect(again).toEqual(first);
    expect(first[0]).toMatch(/^a1 2 /);
    const other = logTexts(await box.ok(code, { seed: 7 }));
    expect(other).not.toEqual(first);
  });

  it('logs the errors it returns as errors', async () => {
    const result = await box.ok(
      `console.log(_.attempt(() => { throw 'nope'; }), _.attempt(() => _.noSuchFunction()).name)`,
    );
    expect(logTexts(result)).toEqual(['Error: nope TypeError']);
  });

  it('stays usable after a block that used it failed or timed out', async () => {
    const killed = (await box.runner.stats()).workersKilled;
    const timedOut = await box.run(`_.times(1e9, (n) => n)`, { timeoutMs: 50, virtualTime: false });
    expect(timedOut).toMatchObject({ ok: false, error: { kind: 'code-timeout' } });
    // Stopped by QuickJS's interrupt inside lodash, not by terminating the worker.
    expect((await box.runner.stats()).workersKilled).toBe(killed);
    expect(logTexts(await box.ok(`console.log(_.sum([1, 2, 3]))`))).toEqual(['6']);
  });
});
