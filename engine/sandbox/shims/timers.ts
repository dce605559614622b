// Shim: `setTimeout`/`clearTimeout`. The callbacks stay inside QuickJS; the worker only learns ids and
// delays and calls the prelude's trigger back when one is due, which hands it to `hooks.fireTimer`
// (real or virtual time, docs/file-format.md#code-block).
export const timersShim = String.raw`
  const timers = new Map();
  let nextTimerId = 1;
  g.setTimeout = function setTimeout(fn, ms) {
    if (typeof fn !== 'function') throw new TypeError('setTimeout needs a function');
    const rest = Array.prototype.slice.call(arguments, 2);
    const id = nextTimerId++;
    timers.set(id, () => fn.apply(undefined, rest));
    host('setTimer', id, Math.max(0, Number(ms) || 0));
    return id;
  };
  g.clearTimeout = function clearTimeout(id) {
    if (timers.delete(id)) host('clearTimer', id);
  };
  hooks.fireTimer = (id) => {
    const fn = timers.get(id);
    if (!fn) return;
    timers.delete(id);
    fn();
  };
`;
