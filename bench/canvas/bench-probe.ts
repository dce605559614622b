// What both benchmark pages expose to the driver: when the canvas first showed blocks, a way to set the
// viewport, and (editor) the cost of following the bot.
import type { Viewport } from '@xyflow/react';

export interface FollowResult {
  /** Per turn: from the request to the end of the task that renders it (React's work included). */
  turns: number[];
  /** How many of the turns moved the viewport. */
  moved: number;
  /** Per turn: whether it moved the viewport. */
  movedAt: boolean[];
  /** Per turn: when it started (performance.now), to line a CPU profile up with the turns. */
  at: number[];
}

declare global {
  interface Window {
    __bench?: {
      shownAt?: number;
      setViewport?: (v: Viewport) => void;
      count?: number;
      /** Follows the bot through `ids`: `centre` centres every turn (the old follow), else reveals. */
      follow?: (ids: string[], centre: boolean) => Promise<FollowResult>;
    };
  }
}

export const bench = (window.__bench ??= {});

/** Records the first frame with a block element (or the dot layer) in the DOM. */
export function watchFirstShow(): void {
  const tick = () => {
    if (document.querySelector('.react-flow__node, [data-testid="dot-layer"]'))
      bench.shownAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function exposeViewport(setViewport: (v: Viewport) => void): void {
  bench.setViewport = setViewport;
}

const params = new URLSearchParams(location.search);
export const BLOCK_COUNT = Number(params.get('blocks') ?? 5000);
export const WITH_HUBS = params.get('hubs') === '1';
/** The editor with the traffic overlay painted (a report for every block and edge). */
export const WITH_TRAFFIC = params.get('traffic') === '1';

/** The end of the current task and of the microtasks queued so far (React's sync renders). */
export const taskEnd = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
/**
 * Resolves when the page is quiet: an idle period of at least 40 ms (Chromium gives up to 50 when no frame
 * and no task is due), the way a page stands between two turns of a conversation; at most `limit` ms on.
 */
export const quiet = (limit = 2000) =>
  new Promise<void>((resolve) => {
    const t0 = performance.now();
    const check = (deadline: IdleDeadline) =>
      deadline.timeRemaining() >= 40 || performance.now() - t0 > limit
        ? resolve()
        : requestIdleCallback(check);
    requestIdleCallback(check);
  });
export const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
