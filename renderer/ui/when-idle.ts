// Work that can wait for the renderer's next idle moment: after the frame being built has been painted (a timer
// where requestIdleCallback is missing, as in jsdom), at the latest after `timeoutMs`.

export type IdleHandle = { cancel(): void };

export function whenIdle(run: () => void, timeoutMs = 1000): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 50);
  return { cancel: () => clearTimeout(id) };
}

/** Runs `run` once the frame being built has been painted (rAF, then the next task); at once without frames (jsdom). */
export function afterNextPaint(run: () => void): IdleHandle {
  if (typeof requestAnimationFrame !== 'function') {
    const id = setTimeout(run, 0);
    return { cancel: () => clearTimeout(id) };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return {
    cancel: () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/**
 * Runs `run` at the renderer's first idle moment after the frame being built has been painted (at the latest
 * `timeoutMs` after that frame); one handle cancels whichever wait is under way.
 */
export function afterPaintWhenIdle(run: () => void, timeoutMs?: number): IdleHandle {
  let handle = afterNextPaint(() => (handle = whenIdle(run, timeoutMs)));
  return { cancel: () => handle.cancel() };
}
