// Shim: `Date` and `Math.random` follow the run's clock and seed, so transcripts replay exactly (docs/file-format.md#determinism).
// Runs inside QuickJS as part of the prelude.
export const clockShim = String.raw`
  const RealDate = Date;
  const clockNow = () => host('now');
  function SandboxDate() {
    if (!new.target) return new RealDate(clockNow()).toString();
    const a = arguments.length === 0 ? [clockNow()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, a, new.target);
  }
  SandboxDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: SandboxDate, writable: true, configurable: true });
  SandboxDate.now = function now() { return clockNow(); };
  SandboxDate.parse = RealDate.parse;
  SandboxDate.UTC = RealDate.UTC;
  Object.defineProperty(g, 'Date', { value: SandboxDate, writable: true, configurable: true });
  Math.random = function random() { return host('random'); };
`;
