// Monaco's chunk is preloaded after the app's first idle moment (issue 19 point 10), so the first code
// block shows the editor without waiting for the lazy chunk; the preload can be cancelled.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  PRELOAD_DELAY_MS,
  preloadCodeEditorSoon,
  preloadCodeEditorWhenIdle,
} from '../../../renderer/code-editor/preload-code-editor';

function fakeWindow(idle: boolean) {
  const idleCallbacks: { run: () => void; timeout?: number }[] = [];
  const timers: (() => void)[] = [];
  const win = {
    requestIdleCallback: idle
      ? (run: () => void, options?: { timeout: number }) =>
          idleCallbacks.push({ run, timeout: options?.timeout })
      : undefined,
    cancelIdleCallback: vi.fn(),
    setTimeout: (run: () => void) => timers.push(run),
    clearTimeout: vi.fn(),
  };
  return { win, idleCallbacks, timers };
}

describe('preloadCodeEditorWhenIdle', () => {
  it('loads the editor when the browser is first idle, not before, with a deadline', async () => {
    const { win, idleCallbacks } = fakeWindow(true);
    const load = vi.fn(async () => undefined);
    preloadCodeEditorWhenIdle(win, load, 2500);
    expect(load).not.toHaveBeenCalled();
    expect(idleCallbacks).toHaveLength(1);
    expect(idleCallbacks[0]!.timeout).toBe(2500);
    idleCallbacks[0]!.run();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('warms Monaco up at the next idle moment once the module is loaded', async () => {
    const { win, idleCallbacks } = fakeWindow(true);
    const warmUpMonaco = vi.fn();
    preloadCodeEditorWhenIdle(win, async () => ({ warmUpMonaco }));
    idleCallbacks[0]!.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(idleCallbacks).toHaveLength(2);
    expect(warmUpMonaco).not.toHaveBeenCalled();
    idleCallbacks[1]!.run();
    expect(warmUpMonaco).toHaveBeenCalledTimes(1);
  });

  it('is cancelled by the function it returns, and falls back to a timer without requestIdleCallback', () => {
    const idle = fakeWindow(true);
    preloadCodeEditorWhenIdle(idle.win, async () => undefined)();
    expect(idle.win.cancelIdleCallback).toHaveBeenCalledWith(1);

    const plain = fakeWindow(false);
    const load = vi.fn(async () => undefined);
    const cancel = preloadCodeEditorWhenIdle(plain.win, load);
    expect(plain.timers).toHaveLength(1);
    plain.timers[0]!();
    expect(load).toHaveBeenCalledTimes(1);
    cancel();
    expect(plain.win.clearTimeout).toHaveBeenCalled();
  });

  it('waits PRELOAD_DELAY_MS after the app starts, and its cancel stops the wait or the preload', () => {
    vi.useFakeTimers();
    try {
      const stop = vi.fn();
      const start = vi.fn(() => stop);
      preloadCodeEditorSoon(PRELOAD_DELAY_MS, start);
      vi.advanceTimersByTime(PRELOAD_DELAY_MS - 1);
      expect(start).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(start).toHaveBeenCalledTimes(1);

      const early = vi.fn(() => stop);
      preloadCodeEditorSoon(PRELOAD_DELAY_MS, early)();
      vi.advanceTimersByTime(PRELOAD_DELAY_MS);
      expect(early).not.toHaveBeenCalled();

      const cancel = preloadCodeEditorSoon(10, start);
      vi.advanceTimersByTime(10);
      cancel();
      expect(stop).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('swallows a failed load (the code block reports it when shown)', async () => {
    const { win, idleCallbacks } = fakeWindow(true);
    const load = vi.fn(async () => {
      throw new Error('chunk failed');
    });
    preloadCodeEditorWhenIdle(win, load);
    idleCallbacks[0]!.run();
    await Promise.resolve();
    expect(load).toHaveBeenCalled();
  });

  it('is scheduled by the app shell, and the lazy code editor shares the preloaded module', () => {
    const app = readFileSync(new URL('../../../renderer/shell/App.tsx', import.meta.url), 'utf8');
    expect(app).toMatch(/useEffect\(\(\) => preloadCodeEditorSoon\(\), \[\]\)/);
    const lazy = readFileSync(
      new URL('../../../renderer/code-editor/LazyCodeEditor.tsx', import.meta.url),
      'utf8',
    );
    expect(lazy).toMatch(/lazy\(loadCodeEditor\)/);
    expect(lazy).toMatch(/useState\(\(\) => loadedCodeEditor\(\)\?\.default\)/);
  });
});
