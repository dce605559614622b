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
 * Properties of the shared realm's prototypes turned into accessors before freezing, so that assigning
 * e.g. `toString` or `constructor` on an object lodash made still makes an own property (on a frozen
 * prototype a plain assignment would silently do nothing: the "override mistake").
 */
const overridable = [
  'Object',
  'Array',
  'Function',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
];

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
  // The global object of the block running now, asked for only when lodash needs it (rarely).
  const blockGlobal = () => host('global');
  const RealFunction = Function;
  function BlockFunction() { return blockGlobal().Function.apply(undefined, arguments); }
  BlockFunction.prototype = RealFunction.prototype;
  Object.defineProperty(RealFunction.prototype, 'constructor', { value: BlockFunction, writable: true, configurable: true });
  g.Function = BlockFunction;
  g.eval = function (source) { return blockGlobal().eval(source); };
  g.setTimeout = function setTimeout() { return blockGlobal().setTimeout.apply(undefined, arguments); };
  g.clearTimeout = function clearTimeout() { return blockGlobal().clearTimeout.apply(undefined, arguments); };
  const lodash = (function () {
    var global = g, module = { exports: {} }, exports = module.exports;
    (function () {\n${lodashSource}\n}).call(g);
    return module.exports;
  })();
  lodash.mixin({ uniqueId: function uniqueId(prefix) { return lodash.toString(prefix) + host('uniqueId'); } }, { chain: false });
  for (const name of ${JSON.stringify(overridable)}) {
    const proto = g[name].prototype;
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (!('value' in d) || !d.writable || !d.configurable) continue;
      const value = d.value;
      Object.defineProperty(proto, key, {
        configurable: false,
        enumerable: d.enumerable,
        get() { return value; },
        set(v) {
          if (this === proto) throw new TypeError('Cannot change the shared lodash realm');
          Object.defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
        },
      });
    }
  }
  const seen = new Set();
  const freeze = (root) => {
    const stack = [root];
    while (stack.length > 0) {
      const o = stack.pop();
      if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) continue;
      seen.add(o);
      Object.freeze(o);
      stack.push(Object.getPrototypeOf(o));
      const ds = Object.getOwnPropertyDescriptors(o);
      for (const key of Reflect.ownKeys(ds)) {
        const d = ds[key];
        if ('value' in d) stack.push(d.value);
        else stack.push(d.get, d.set);
      }
    }
    return seen.size;
  };
  freeze(g);
  freeze(lodash);
  return lodash;
})`;
}
