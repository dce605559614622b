// The conversation clock (docs/file-format.md#determinism): trace timestamps and `Date` in code blocks read it. Tests use a
// fixed clock, which also lets code-block timers fire without real waiting.
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** True for a simulated clock: code-block timers then fire without real waiting. */
  readonly virtual?: boolean;
}

export const realClock: Clock = { now: () => Date.now(), virtual: false };

/** A clock that stands still at `start` (2026-01-01T00:00:00Z by default), or advances `stepMs` per reading. */
export function fixedClock(start = Date.UTC(2026, 0, 1), stepMs = 0): Clock {
  let t = start - stepMs;
  return { now: () => (t += stepMs), virtual: true };
}
