// The prelude evaluated in each fresh context before user code: one function that takes the host door
// and installs the shims (one per file), returning the timer trigger the worker calls back.
import { clockShim } from './clock';
import { consoleShim } from './console';
import { fetchShim } from './fetch';
import { lodashShim } from './lodash';
import { responseBuilderShim } from './response-builder';
import { timersShim } from './timers';

/**
 * The larger shims, compiled on first read of their global (or in the worker's idle time, see
 * QuickJsSandbox.warm), so that preparing a context stays cheap: global name → `function (host, g) {…}`.
 */
export const lazyShims: Record<string, string> = {
  ChatlayerResponseBuilder: `(function (host, g) {\n  'use strict';\n${responseBuilderShim}\n})`,
  fetch: `(function (host, g) {\n  'use strict';\n${fetchShim}\n})`,
};

/** Evaluates to `function (host) { …; return fireTimer }`. */
export const preludeSource = `(function (host) {
  'use strict';
  const g = globalThis;
${consoleShim}
${clockShim}
${timersShim}
${lodashShim}
  for (const name of ${JSON.stringify(Object.keys(lazyShims))}) {
    const settleShim = (value) => Object.defineProperty(g, name, { value: value, writable: true, configurable: true });
    Object.defineProperty(g, name, {
      configurable: true,
      get() { settleShim(undefined); host('shim', name)(host, g); return g[name]; },
      set(value) { settleShim(value); },
    });
  }
  return fireTimer;
})`;

/**
 * Wraps user code so that top-level `await` and `return` work and `args` is in scope, without moving
 * its lines (the prefix has no newline). `args` is parsed from a string literal, as JSON, so keys such as
 * `__proto__` stay plain properties.
 */
export function wrapUserCode(code: string, args: unknown): string {
  return `((args) => (async () => {${code}\n})())(JSON.parse(${JSON.stringify(JSON.stringify(args))}))`;
}
