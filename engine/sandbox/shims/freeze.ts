// The freezing of a shared realm (shims/lodash.ts, shims/compat.ts): after its library is evaluated,
// everything it can reach is frozen, so that no code block can change what later blocks see.

/**
 * Properties of the shared realm's prototypes turned into accessors before freezing, so that assigning
 * e.g. `toString` or `constructor` on an object the realm made still makes an own property (on a frozen
 * prototype a plain assignment would silently do nothing: the "override mistake").
 */
export const OVERRIDABLE = [
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
 * Source run inside a shared realm (where `g` is its global object): makes the prototypes of the
 * realm's `OVERRIDABLE` constructors, and of the `extra` expressions' values, overridable, and defines
 * `freeze(root)`, which deep-freezes `root` with its prototypes, properties and accessors.
 */
export function freezeSource(extra = '[]'): string {
  return `
  for (const proto of ${JSON.stringify(OVERRIDABLE)}.map((name) => g[name].prototype).concat(${extra})) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (!('value' in d) || !d.writable || !d.configurable) continue;
      const value = d.value;
      Object.defineProperty(proto, key, {
        configurable: false,
        enumerable: d.enumerable,
        get() { return value; },
        set(v) {
          if (this === proto) throw new TypeError('Cannot change a shared realm');
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
  };`;
}

/**
 * Source run first inside a shared realm: its `Function` and `eval` compile in the calling block's own
 * realm (so no code runs in the shared realm's global scope), and its timers are the block's.
 */
export const toBlockRealmSource = `
  // The global object of the block running now, asked for only when the library needs it (rarely).
  const blockGlobal = () => host('global');
  const RealFunction = Function;
  function BlockFunction() { return blockGlobal().Function.apply(undefined, arguments); }
  BlockFunction.prototype = RealFunction.prototype;
  Object.defineProperty(RealFunction.prototype, 'constructor', { value: BlockFunction, writable: true, configurable: true });
  g.Function = BlockFunction;
  g.eval = function (source) { return blockGlobal().eval(source); };
  g.setTimeout = function setTimeout() { return blockGlobal().setTimeout.apply(undefined, arguments); };
  g.clearTimeout = function clearTimeout() { return blockGlobal().clearTimeout.apply(undefined, arguments); };
`;
