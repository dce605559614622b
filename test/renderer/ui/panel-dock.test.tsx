// @vitest-environment jsdom
// A docked panel: its splitter is a keyboard-operable separator that resizes it and saves the size on
// this machine; its collapse button hides the content (kept mounted) and brings it back.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Panel } from '../../../renderer/ui/Panel';
import { useLayoutStore } from '../../../renderer/state/layout-store';
import { DEFAULT_LAYOUT, KEY_STEP, LAYOUT_KEY } from '../../../renderer/state/panel-layout';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  localStorage.removeItem(LAYOUT_KEY);
  useLayoutStore.setState({ layout: DEFAULT_LAYOUT });
});

async function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <Panel title="Inspector" dock="right" testId="inspector-panel">
        <input data-testid="draft" defaultValue="kept" />
      </Panel>,
    ),
  );
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  return container;
}

const key = (el: Element, k: string, shiftKey = false) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }));
  });

describe('a docked panel', () => {
  it('has a separator that names the panel, gives its size and limits, and resizes with the arrows', async () => {
    const ui = await mount();
    const splitter = ui.querySelector('[role="separator"]')!;
    expect(splitter.getAttribute('aria-label')).toBe('Resize the Inspector panel');
    expect(splitter.getAttribute('aria-valuenow')).toBe(String(DEFAULT_LAYOUT.right.size));
    expect(splitter.getAttribute('aria-controls')).toBe(ui.querySelector('.panel-body')!.id);
    expect(splitter.getAttribute('tabindex')).toBe('0');
    await key(splitter, 'ArrowLeft');
    const grown = DEFAULT_LAYOUT.right.size + KEY_STEP;
    expect(splitter.getAttribute('aria-valuenow')).toBe(String(grown));
    expect(JSON.parse(localStorage.getItem(LAYOUT_KEY)!).right).toEqual({ size: grown, collapsed: false });
  });

  it('collapses to a strip that keeps its content, and expands again', async () => {
    const ui = await mount();
    const draft = ui.querySelector<HTMLInputElement>('[data-testid="draft"]')!;
    draft.value = 'typed';
    const collapse = ui.querySelector<HTMLButtonElement>('[data-testid="inspector-panel-collapse"]')!;
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    await act(async () => collapse.click());
    expect(ui.querySelector('[data-testid="inspector-panel"]')!.getAttribute('data-collapsed')).toBe('true');
    expect(ui.querySelector<HTMLElement>('.panel-body')!.hidden).toBe(true);
    expect(ui.querySelector('[role="separator"]')).toBeNull();
    expect(JSON.parse(localStorage.getItem(LAYOUT_KEY)!).right.collapsed).toBe(true);
    const expand = ui.querySelector<HTMLButtonElement>('[data-testid="inspector-panel-expand"]')!;
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    await act(async () => expand.click());
    expect(ui.querySelector<HTMLElement>('.panel-body')!.hidden).toBe(false);
    expect(ui.querySelector<HTMLInputElement>('[data-testid="draft"]')!.value).toBe('typed');
  });

  it('collapses with Enter on its separator', async () => {
    const ui = await mount();
    await key(ui.querySelector('[role="separator"]')!, 'Enter');
    expect(useLayoutStore.getState().layout.right.collapsed).toBe(true);
  });
});
