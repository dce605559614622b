// The parent-side memory watchdog: a run is reported once when resident memory grows past its bound,
// starting workers raise the bounds, and sampling stops when nothing is watched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryWatchdog } from '../../../engine/node/memory-watchdog';

afterEach(() => vi.useRealTimers());

describe('MemoryWatchdog', () => {
  it('reports a breach once, only for the watch whose bound was passed', () => {
    vi.useFakeTimers();
    let rss = 100;
    const dog = new MemoryWatchdog(10, () => rss);
    const small = vi.fn();
    const large = vi.fn();
    dog.watch(50, small);
    dog.watch(500, large);
    rss = 140;
    vi.advanceTimersByTime(10);
    expect(small).not.toHaveBeenCalled();
    rss = 151;
    vi.advanceTimersByTime(30);
    expect(small).toHaveBeenCalledTimes(1);
    expect(large).not.toHaveBeenCalled();
  });

  it('raises every active bound by what the host itself adds', () => {
    vi.useFakeTimers();
    let rss = 100;
    const dog = new MemoryWatchdog(10, () => rss);
    const breach = vi.fn();
    dog.watch(50, breach);
    dog.allow(40);
    rss = 180;
    vi.advanceTimersByTime(20);
    expect(breach).not.toHaveBeenCalled();
    rss = 191;
    vi.advanceTimersByTime(10);
    expect(breach).toHaveBeenCalledTimes(1);
  });

  it('stops sampling when the last watch ends', () => {
    vi.useFakeTimers();
    const rss = vi.fn(() => 100);
    const dog = new MemoryWatchdog(10, rss);
    const stop = dog.watch(50, () => undefined);
    vi.advanceTimersByTime(30);
    const calls = rss.mock.calls.length;
    stop();
    vi.advanceTimersByTime(100);
    expect(rss.mock.calls.length).toBe(calls);
  });
});
