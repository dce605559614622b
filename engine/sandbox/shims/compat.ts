// The compat realm: the Node and web globals that code written for Chatlayer uses, evaluated once per
// QuickJS runtime into a context of their own and frozen like the shared lodash (shims/lodash.ts), so a
// block that reads them pays no evaluation (evaluating `buffer` alone takes tens of milliseconds) and no
// block can change them for the next one. `Buffer` is feross/buffer (the package browsers' bundlers use),
// TextEncoder/TextDecoder, btoa/atob and URLSearchParams are small JavaScript shims, and URL parsing and
// Intl formatting go to the host (host-url.ts, host-intl.ts): Node's own URL and full ICU, so results are
// Node's, without megabytes of locale data in the sandbox.
//
// Objects the realm makes (a Buffer, TextEncoder's Uint8Array, an options object) come from it:
// `ArrayBuffer.isView`, `Buffer.isBuffer` and JSON see no difference, `instanceof Uint8Array` does.
import { encodingShim } from './encoding';
import { freezeSource, toBlockRealmSource } from './freeze';
import { intlShim } from './intl';
import { urlShim } from './url';

/** The globals a code block gets from the compat realm (installed lazily by the prelude). */
export const COMPAT_GLOBALS = [
  'Buffer',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'btoa',
  'atob',
  'Intl',
  'DOMException',
];

/** What the prelude's toLocaleString family asks of the realm (receiver, locales, options). */
export const COMPAT_HELPERS = [
  'numberToLocaleString',
  'dateToLocaleString',
  'dateToLocaleDateString',
  'dateToLocaleTimeString',
];

/** The package sources the realm evaluates (read by the worker from node_modules). */
export interface CompatSources {
  buffer: string;
  base64Js: string;
  ieee754: string;
}

/**
 * Evaluates, in the compat realm, to `function (host) { …; return exports }`: `host` is the realm's door
 * to the worker (the run's clock, `intl` and `url` requests), `exports` holds COMPAT_GLOBALS and
 * COMPAT_HELPERS.
 */
export function compatRealmSource(sources: CompatSources, clockShim: string): string {
  return `(function (host) {
  'use strict';
  const g = globalThis;
${clockShim}
${toBlockRealmSource}
  const out = {};
  const modules = {};
  const load = (name, body) => {
    const module = { exports: {} };
    body(module, module.exports, (id) => modules[id]);
    modules[name] = module.exports;
  };
  load('base64-js', function (module, exports, require) {\n${sources.base64Js}\n});
  load('ieee754', function (module, exports, require) {\n${sources.ieee754}\n});
  load('buffer', function (module, exports, require) {\n${sources.buffer}\n});
  out.Buffer = modules.buffer.Buffer;
${encodingShim}
${urlShim}
${intlShim}
${freezeSource()}
  freeze(g);
  freeze(out);
  return out;
})`;
}
