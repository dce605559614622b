// @vitest-environment jsdom
// The outline's grid on 5,000 blocks: only the rows in view are mounted, the keyboard moves the active
// row (arrows, End, Home) and Enter selects the block and asks the canvas to centre it.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEditorStore,
  memoryBackend,
  ProjectStoreProvider,
} from '../../../renderer/state/project-store';
import { OutlineView } from '../../../renderer/outline/OutlineView';
import { gridProject } from '../fixtures';
import { stubResizeObserver } from '../mount';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  stubResizeObserver();
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 560 });
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function mount() {
  const project = gridProject(5000);
  const store = createEditorStore(project, { backend: memoryBackend(project) });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() =>
    root.render(
      <ProjectStoreProvider store={store}>
        <OutlineView />
      </ProjectStoreProvider>,
    ),
  );
  cleanup = () => {
    act(() => root.unmount());
    host.remove();
  };
  return { store, host, project };
}

const key = (el: Element, k: string) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('the outline grid', () => {
  it('mounts only the rows in view of a 5,000-block flow and labels the grid for screen readers', () => {
    const { host } = mount();
    const grid = host.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).toBe('5001');
    const rows = host.querySelectorAll('.outline-body [role="row"]');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.getAttribute('aria-label')).toMatch(
      /; \d+ in, \d+ out; problems: .*; coverage: no test run$/,
    );
    expect(host.querySelector('[data-testid="outline-count"]')!.textContent).toBe(
      '5000 blocks · coverage: no test run yet',
    );
  });

  it('reuses the elements of rows scrolled out for the rows scrolled in (keyed by slot)', () => {
    const { host, project } = mount();
    const body = host.querySelector<HTMLElement>('.outline-body')!;
    const before = [...host.querySelectorAll('.outline-body [role="row"]')];
    act(() => {
      body.scrollTop = 3000 * 28;
      body.dispatchEvent(new Event('scroll'));
    });
    const after = [...host.querySelectorAll('.outline-body [role="row"]')];
    expect(after.length).toBeLessThan(60);
    expect(after.map((r) => r.id)).toContain(`outline-row-${project.flows[0]!.blocks[3005]!.id}`);
    // (A slot the longer window does not use may go: the window at the top has no overscan above it.)
    expect(before.filter((row) => row.isConnected).length).toBeGreaterThanOrEqual(before.length - 2);
  });

  it('moves the active row with the keyboard and centres the chosen block with Enter', () => {
    const { host, store, project } = mount();
    const grid = host.querySelector('[role="grid"]')!;
    const ids = project.flows[0]!.blocks.map((b) => b.id);
    key(grid, 'ArrowDown');
    key(grid, 'ArrowDown');
    expect(grid.getAttribute('aria-activedescendant')).toBe(`outline-row-${ids[2]}`);
    key(grid, 'End');
    expect(grid.getAttribute('aria-activedescendant')).toBe(`outline-row-${ids[4999]}`);
    key(grid, 'Enter');
    expect([...store.getState().selected]).toEqual([ids[4999]]);
    expect(store.getState().focus?.blockId).toBe(ids[4999]);
    key(grid, 'Home');
    expect(grid.getAttribute('aria-activedescendant')).toBe(`outline-row-${ids[0]}`);
  });
});
