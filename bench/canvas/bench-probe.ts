// What both benchmark pages expose to the driver: when the canvas first showed blocks, and a way to
// set the viewport.
import type { Viewport } from '@xyflow/react';

declare global {
  interface Window {
    __bench?: { shownAt?: number; setViewport?: (v: Viewport) => void; count?: number };
  }
}

const bench = (window.__bench ??= {});

/** Records the first frame with a block element in the DOM. */
export function watchFirstShow(): void {
  const tick = () => {
    if (document.querySelector('.react-flow__node')) bench.shownAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function exposeViewport(setViewport: (v: Viewport) => void): void {
  bench.setViewport = setViewport;
}

export const BLOCK_COUNT = Number(new URLSearchParams(location.search).get('blocks') ?? 5000);
