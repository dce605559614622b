// Shim: lodash as `_`. lodash is evaluated once per QuickJS runtime, into a context of its own (the lodash
// realm), then frozen with everything it can reach; each code block's `_` is that one frozen copy, so a
// block that uses lodash pays microseconds instead of the ~15 ms of evaluating lodash into its context.
//
// Isolation between blocks holds because nothing a block can reach through `_` can be changed: lodash's
// functions, their prototypes and the realm's intrinsics (Object.prototype, Array.prototype, …) are frozen,
// the realm's `Function` and `eval` compile in the calling block's own realm (so `_.template` works and no
// code runs in the shared realm's global scope), its clock, random numbers, timers and `_.uniqueId` go to
// the block being run. Objects lodash makes (its results) come from the lodash realm: `Array.isArray` and
// JSON see no difference, `instanceof Array` does (as with objects from another frame in a browser).

import { freezeSource, toBlockRealmSource } from './freeze';

/** Installed by the prelude: `_` resolves, on first read, to the shared lodash (`host('lodash')`). */
export const lodashShim = String.raw`
  const settle = (value) => Object.defineProperty(g, '_', { value: value, writable: true, configurable: true });
  Object.defineProperty(g, '_', {
    configurable: true,
    get() {
      const lodash = host('lodash');
      settle(lodash);
      return lodash;
    },
    set(value) { settle(value); },
  });
`;

/**
 * Evaluates, in the lodash realm, to `function (host) { …; return lodash }`. `host` is the realm's door to
 * the worker, for the run in progress: its `now`, `random`, `uniqueId` and `global` (the block's global
 * object, where lodash's `Function`, `eval` and timers go).
 */
export function lodashRealmSource(lodashSource: string, clockShim: string): string {
  return `(function (host) {
  'use strict';
  const g = globalThis;
${clockShim}
${toBlockRealmSource}
  const lodash = (function () {
    var global = g, module = { exports: {} }, exports = module.exports;
    (function () {\n${lodashSource}\n}).call(g);
    return module.exports;
  })();
  lodash.mixin({ uniqueId: function uniqueId(prefix) { return lodash.toString(prefix) + host('uniqueId'); } }, { chain: false });
${freezeSource()}
  freeze(g);
  freeze(lodash);
  return lodash;
})`;
}
