// A fresh temporary folder per test, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export function useTempDir(): () => string {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => (dir ??= mkdtempSync(path.join(os.tmpdir(), 'botloom-store-')));
}

/** A controllable clock: `tick(ms)` advances time and fires the intervals that fall due. */
export function fakeClock(start = Date.UTC(2025, 0, 1)) {
  let now = start;
  const timers = new Map<number, { fn: () => void; ms: number; due: number }>();
  let next = 1;
  return {
    now: () => now,
    setInterval(fn: () => void, ms: number) {
      timers.set(next, { fn, ms, due: now + ms });
      return next++;
    },
    clearInterval(handle: unknown) {
      timers.delete(handle as number);
    },
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.values()].filter((t) => t.due <= end).sort((a, b) => a.due - b.due)[0];
        if (!due) break;
        now = due.due;
        due.due += due.ms;
        due.fn();
      }
      now = end;
    },
  };
}
