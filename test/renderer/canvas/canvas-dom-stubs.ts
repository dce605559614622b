// What jsdom lacks for React Flow, stubbed for the canvas's component tests: ResizeObserver, DOMMatrixReadOnly
// (the zoom is read from its m22), a 2D canvas (the minimap draws nothing) and element sizes (a 1280×800 pane).
import { stubResizeObserver } from '../mount';

/** Installs the stubs; call from a beforeAll (setUpCanvas in mount-canvas.tsx does). */
export function stubCanvasDom(): void {
  stubResizeObserver();
  class Matrix {
    m22 = 1;
    constructor(transform?: string) {
      const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
      if (scale) this.m22 = Number(scale[1]);
    }
  }
  (globalThis as Record<string, unknown>).DOMMatrixReadOnly ??= Matrix;
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  Object.defineProperties(HTMLElement.prototype, {
    clientWidth: { configurable: true, get: () => 1280 },
    clientHeight: { configurable: true, get: () => 800 },
  });
}
