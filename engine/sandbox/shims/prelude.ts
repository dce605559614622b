// The prelude evaluated in each fresh context before user code: one function that takes the host door
// and installs the shims (one per file), returning the timer trigger the worker calls back.
import { clockShim } from './clock';
import { COMPAT_GLOBALS } from './compat';
import { consoleShim } from './console';
import { fetchShim } from './fetch';
import { lodashShim } from './lodash';
import { responseBuilderShim } from './response-builder';
import { timersShim } from './timers';

const lazy = (shim: string) => `(function (host, g, hooks) {\n  'use strict';\n${shim}\n})`;
const timers = lazy(timersShim);

/**
 * Shims compiled on first read of their global (or in the worker's idle time, see QuickJsSandbox.idleStep),
 * so that preparing a context, which a block run back to back with the previous one waits for, compiles
 * only the clock: global name → `function (host, g, hooks) {…}` (one source may install several globals).
 */
export const lazyShims: Record<string, string> = {
  console: lazy(consoleShim),
  setTimeout: timers,
  clearTimeout: timers,
  ChatlayerResponseBuilder: lazy(responseBuilderShim),
  fetch: lazy(fetchShim),
};

/**
 * The shims QuickJsSandbox.idleStep compiles ahead, one per step: the ones most blocks use. fetch and the
 * timers compile on first use, as a block that uses them then waits for an answer or a timer anyway.
 */
export const warmOrder: string[] = ['console', 'ChatlayerResponseBuilder'];

/**
 * Evaluates to `function (host) { …; return fireTimer }`. The compat globals (shims/compat.ts) resolve on
 * first read to the shared realm's frozen ones, and the block's own `toLocaleString` family of Number and
 * Date to the realm's Intl. `hooks` is private to the prelude and the lazy
 * shims: the timers shim puts its trigger there when it loads (no timer can fire before it has).
 */
export const preludeSource = `(function (host) {
  'use strict';
  const g = globalThis;
  const hooks = {};
${clockShim}
${lodashShim}
  const settleGlobal = (name, value) => Object.defineProperty(g, name, { value: value, writable: true, configurable: true });
  const lazyGlobals = (names, load) => {
    for (const name of names)
      Object.defineProperty(g, name, { configurable: true, get() { return load(name); }, set(value) { settleGlobal(name, value); } });
  };
  lazyGlobals(${JSON.stringify(Object.keys(lazyShims))}, (name) => { settleGlobal(name, undefined); host('shim', name)(host, g, hooks); return g[name]; });
  lazyGlobals(${JSON.stringify(COMPAT_GLOBALS)}, (name) => { const value = host('compat', name); settleGlobal(name, value); return value; });
  for (const [proto, name, helper] of [
    [Number.prototype, 'toLocaleString', 'numberToLocaleString'],
    [RealDate.prototype, 'toLocaleString', 'dateToLocaleString'],
    [RealDate.prototype, 'toLocaleDateString', 'dateToLocaleDateString'],
    [RealDate.prototype, 'toLocaleTimeString', 'dateToLocaleTimeString'],
  ]) {
    const method = { [name](locales, options) { return host('compat', helper)(this, locales, options); } }[name];
    Object.defineProperty(proto, name, { value: method, writable: true, configurable: true });
  }
  return (id) => { if (hooks.fireTimer) hooks.fireTimer(id); };
})`;

/**
 * Wraps user code so that top-level `await` and `return` work and `args` is in scope, without moving
 * its lines (the prefix has no newline). `args` is parsed from a string literal, as JSON, so keys such as
 * `__proto__` stay plain properties.
 */
export function wrapUserCode(code: string, args: unknown): string {
  return `((args) => (async () => {${code}\n})())(JSON.parse(${JSON.stringify(JSON.stringify(args))}))`;
}
