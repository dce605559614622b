// Shim: `console.log/info/warn/error` inside the sandbox, captured into the run's logs (docs/file-format.md#code-block).
// Runs inside QuickJS as part of the prelude; `host` is the prelude's door to the worker.
export const consoleShim = String.raw`
  const formatArg = (a) => {
    if (typeof a === 'string') return a;
    // Errors from another realm (lodash's, see lodash.ts) are errors too.
    if (a instanceof Error || Object.prototype.toString.call(a) === '[object Error]') return a.name + ': ' + a.message;
    if (a === undefined || typeof a === 'function' || typeof a === 'symbol' || typeof a === 'bigint') return String(a);
    try { return JSON.stringify(a); } catch (e) { return String(a); }
  };
  const logAt = (level) => function () {
    const parts = [];
    for (let i = 0; i < arguments.length; i++) parts.push(formatArg(arguments[i]));
    host('log', level, parts.join(' '));
  };
  g.console = { log: logAt('log'), info: logAt('info'), warn: logAt('warn'), error: logAt('error'), debug: logAt('log') };
`;
