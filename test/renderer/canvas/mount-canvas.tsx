// Mounting the whole canvas editor (tabs, toolbar, React Flow surface, minimap, shortcuts) in jsdom: the
// browser APIs React Flow reads are stubbed once, with a 1280×800 pane.
import { act } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { beforeAll } from 'vitest';
import { createEditorStore, memoryBackend, type EditorStore } from '../../../renderer/state/project-store';
import type { Project } from '../../../engine/model';
import { mount, setUpMounting } from '../mount';

/** Call once per test file, at the top level: the stubs, and mount()'s clean-up after each test. */
export function setUpCanvas(): void {
  setUpMounting();
  beforeAll(() => {
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    class Matrix {
      m22 = 1;
      constructor(transform?: string) {
        const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
        if (scale) this.m22 = Number(scale[1]);
      }
    }
    (globalThis as Record<string, unknown>).DOMMatrixReadOnly ??= Matrix;
    // jsdom has no 2D canvas: the minimap draws nothing.
    HTMLCanvasElement.prototype.getContext = (() => null) as never;
    Object.defineProperties(HTMLElement.prototype, {
      clientWidth: { configurable: true, get: () => 1280 },
      clientHeight: { configurable: true, get: () => 800 },
    });
  });
}

/** The canvas editor on `project`, with its store. */
export async function mountCanvas(project: Project): Promise<{ store: EditorStore; ui: HTMLElement }> {
  const { CanvasView } = await import('../../../renderer/canvas/CanvasView');
  const store = createEditorStore(project, { backend: memoryBackend(project) });
  const ui = await mount(
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>,
    store,
  );
  return { store, ui };
}

/** Presses a key on the window, as the canvas shortcuts listen. */
export async function press(key: string, more: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...more }));
  });
}
