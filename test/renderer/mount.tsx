// Mounting a component inside a project store for the renderer's jsdom tests (each such file starts with
// `// @vitest-environment jsdom` and calls setUpMounting() once).
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll } from 'vitest';
import { ProjectStoreProvider, type EditorStore } from '../../renderer/state/project-store';

const mounted: (() => void)[] = [];

/** React's act() environment on, and every tree mount() made unmounted and removed after each test. */
export function setUpMounting(): void {
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterEach(unmountAll);
}

/** jsdom has no ResizeObserver: one that never calls back (the components keep their default sizes). */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

/** Unmounts and removes every tree mount() made so far. */
export function unmountAll(): void {
  for (const unmount of mounted.splice(0)) unmount();
}

/** Renders `ui` under the store's provider into a new element of the document; resolves to that element. */
export async function mount(ui: ReactNode, store: EditorStore): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<ProjectStoreProvider store={store}>{ui}</ProjectStoreProvider>));
  mounted.push(() => {
    act(() => root.unmount());
    container.remove();
  });
  return container;
}
