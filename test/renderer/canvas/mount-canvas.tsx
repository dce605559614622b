// Mounting the canvas in jsdom for the canvas's component tests: the React Flow surface alone (mountCanvas)
// or the whole canvas editor with tabs, toolbar, minimap and shortcuts (mountEditor). What jsdom lacks for
// React Flow is stubbed once (canvas-dom-stubs.ts), then mount() from ../mount.tsx renders it in a project store.
import { Profiler, act } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { beforeAll } from 'vitest';
import { createEditorStore, memoryBackend, type EditorStore } from '../../../renderer/state/project-store';
import { FlowCanvas } from '../../../renderer/canvas/FlowCanvas';
import type { Project } from '../../../engine/model';
import { mount, setUpMounting } from '../mount';
import { stubCanvasDom } from './canvas-dom-stubs';

/** Call once per test file, instead of setUpMounting(). */
export function setUpCanvas(): void {
  setUpMounting();
  beforeAll(stubCanvasDom);
}

export interface CanvasMountOptions {
  onDelete?: () => void;
  /** Called on every React commit under the canvas. */
  onCommit?: () => void;
}

/** The React Flow surface on `p`, with its store and a count of the store's live subscriptions. */
export async function mountCanvas(p: Project, { onDelete, onCommit }: CanvasMountOptions = {}) {
  const store = createEditorStore(p, { backend: memoryBackend(p) });
  const subscriptions = countSubscriptions(store);
  const canvas = <FlowCanvas onDelete={onDelete} />;
  const ui = await mount(
    <ReactFlowProvider>
      {onCommit ? (
        <Profiler id="canvas" onRender={onCommit}>
          {canvas}
        </Profiler>
      ) : (
        canvas
      )}
    </ReactFlowProvider>,
    store,
  );
  return { store, ui, subscriptions };
}

/** Counts the store's subscriptions that are live: one more per subscribe, one less per unsubscribe. */
function countSubscriptions(store: EditorStore): { live: number } {
  const count = { live: 0 };
  const subscribe = store.subscribe;
  store.subscribe = (listener) => {
    count.live++;
    const off = subscribe(listener);
    return () => {
      count.live--;
      off();
    };
  };
  return count;
}

/** The canvas editor on `project` (tabs, toolbar, surface, minimap, shortcuts), with its store. */
export async function mountEditor(project: Project): Promise<{ store: EditorStore; ui: HTMLElement }> {
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

export const byTestId = <T extends HTMLElement = HTMLElement>(ui: ParentNode, id: string) =>
  ui.querySelector<T>(`[data-testid="${id}"]`);

/** The React Flow wrapper of a block's node (focusable, with the node's id). */
export const nodeOf = (ui: ParentNode, id: string) =>
  ui.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;

/** Types into a field the way React sees it. */
export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function key(target: EventTarget, key: string, more: KeyboardEventInit = {}) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...more }));
  });
}
