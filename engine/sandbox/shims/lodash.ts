// Shim: lodash as `_`, loaded into the context only when the code first reads `_` (loading it costs
// milliseconds; most blocks never use it).
export const lodashShim = String.raw`
  const settle = (value) => Object.defineProperty(g, '_', { value: value, writable: true, configurable: true });
  Object.defineProperty(g, '_', {
    configurable: true,
    get() {
      // lodash reads root._ while it loads (for noConflict): settle first so that read does not recurse.
      settle(undefined);
      const lodash = host('lodash');
      settle(lodash);
      return lodash;
    },
    set(value) { settle(value); },
  });
`;

/** Wraps lodash's UMD source so that it returns `_` without touching the sandbox's globals. */
export function lodashLoader(source: string): string {
  return `(function () { var module = { exports: {} }; var exports = module.exports;\n${source}\n;return module.exports; })()`;
}
