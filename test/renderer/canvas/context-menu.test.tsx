// @vitest-environment jsdom
// The canvas's context menus (issue 19 point 8): a right click on a block lists the existing actions with
// their shortcuts as an ARIA menu (arrows move, Escape closes and gives the focus back), the keyboard opens
// it on the focused block (ContextMenu, Shift+F10), its items edit through commands (one undo step each),
// and the empty canvas's menu adds a block of any kind at the clicked point.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { edgeMenu, shortcutKeys } from '../../../renderer/canvas/context-menu-items';
import { project, message } from '../fixtures';
import { byTestId, key, mountCanvas, nodeOf, setUpCanvas } from './mount-canvas';

setUpCanvas();

const bot = () =>
  project([
    message('welcome', 'Hello', { next: 'ask', position: { x: 0, y: 0 } }),
    message('ask', 'What now?', { position: { x: 0, y: 240 } }),
  ]);

async function rightClick(target: Element, x = 50, y = 60) {
  await act(async () => {
    target.dispatchEvent(
      new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 2 }),
    );
  });
}

const menu = () => document.querySelector<HTMLElement>('[data-testid="context-menu"]');
const items = () => [...menu()!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];

describe('the context menu of a block', () => {
  it('lists the actions with their shortcuts, moves with the arrows and gives the focus back on Escape', async () => {
    const { ui, store } = await mountCanvas(bot());
    await rightClick(byTestId(ui, 'block-ask')!);
    expect(menu()?.getAttribute('role')).toBe('menu');
    expect(store.getState().selected).toEqual(new Set(['ask']));
    const labels = items().map((b) => b.querySelector('.canvas-menu-label')!.textContent);
    expect(labels).toEqual([
      'Edit text here',
      'Edit in the inspector',
      'Rename',
      'Copy',
      'Cut',
      'Paste',
      'Duplicate',
      'Set as start block',
      'Delete',
    ]);
    const copy = byTestId(menu()!, 'menu-copy')!;
    expect(copy.querySelector('kbd')!.textContent).toBe('Ctrl+C');
    expect(copy.getAttribute('aria-keyshortcuts')).toBe('Control+C');
    expect(byTestId(menu()!, 'menu-delete')!.querySelector('kbd')!.textContent).toBe('Delete');

    expect(document.activeElement).toBe(items()[0]);
    await key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(items()[1]);
    await key(document.activeElement!, 'ArrowUp');
    await key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(items().at(-1));
    await key(document.activeElement!, 'Escape');
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(nodeOf(ui, 'ask'));
  });

  it('sets the start block in one undo step, and asks before deleting', async () => {
    const onDelete = vi.fn();
    const { ui, store } = await mountCanvas(bot(), { onDelete });
    await rightClick(byTestId(ui, 'block-ask')!);
    await act(async () => byTestId<HTMLButtonElement>(menu()!, 'menu-set-as-start-block')!.click());
    expect(store.getState().project.startBlock).toBe('ask');
    expect(menu()).toBeNull();
    await rightClick(byTestId(ui, 'block-ask')!);
    expect(byTestId<HTMLButtonElement>(menu()!, 'menu-set-as-start-block')!.disabled).toBe(true);
    await act(async () => byTestId<HTMLButtonElement>(menu()!, 'menu-delete')!.click());
    expect(onDelete).toHaveBeenCalledOnce();
    await act(async () => void store.getState().undo());
    expect(store.getState().project.startBlock).toBe('welcome');
  });

  it('opens on the focused block with Shift+F10 or the ContextMenu key', async () => {
    const { ui } = await mountCanvas(bot());
    const node = nodeOf(ui, 'welcome');
    node.focus();
    await key(node, 'F10', { shiftKey: true });
    expect(menu()?.getAttribute('aria-label')).toBe('Block welcome');
    await key(document.activeElement!, 'Escape');
    expect(document.activeElement).toBe(node);
    await key(node, 'ContextMenu');
    expect(menu()).not.toBeNull();
  });

  it('Rename focuses the name field the inspector shows, Edit text here opens the editor on the card', async () => {
    const { ui, store } = await mountCanvas(bot());
    await rightClick(byTestId(ui, 'block-ask')!);
    await act(async () => byTestId<HTMLButtonElement>(menu()!, 'menu-rename')!.click());
    expect(store.getState().editField).toBe('name');
    expect(store.getState().editRequest).toBe(1);
    await rightClick(byTestId(ui, 'block-ask')!);
    await act(async () => byTestId<HTMLButtonElement>(menu()!, 'menu-edit-text-here')!.click());
    expect(byTestId(ui, 'inline-text-ask')).not.toBeNull();
  });
});

describe('the context menu of the empty canvas and of an edge', () => {
  it('adds a block of the chosen kind where the canvas was right-clicked', async () => {
    const { ui, store } = await mountCanvas(bot());
    await rightClick(ui.querySelector('.react-flow__pane')!, 700, 500);
    expect(byTestId(menu()!, 'menu-paste')!.querySelector('kbd')!.textContent).toBe('Ctrl+V');
    expect(byTestId(menu()!, 'menu-add-a-note-here')!.querySelector('kbd')!.textContent).toBe('N');
    expect(byTestId(menu()!, 'menu-add-message')!.querySelector('kbd')!.textContent).toBe('1');
    await act(async () => byTestId<HTMLButtonElement>(menu()!, 'menu-add-goto')!.click());
    const added = store.getState().project.flows[0]!.blocks.at(-1)!;
    expect(added.type).toBe('goto');
    // The flow point under (700, 500) with the viewport at its opening place (x + 80, y + 60), centred.
    expect(added.position).toEqual({ x: 700 - 80 - 120, y: 500 - 60 - 20 });
  });

  it('opens on the focused edge with Shift+F10', async () => {
    const { ui } = await mountCanvas(bot());
    const edge = ui.querySelector<SVGGElement>('.react-flow__edge[data-id="welcome|next"]')!;
    edge.focus();
    await key(edge, 'F10', { shiftKey: true });
    expect(menu()?.getAttribute('aria-label')).toBe('Edge from welcome to ask');
    expect(items().map((b) => b.textContent)).toContain('Delete edgeDelete');
    await key(document.activeElement!, 'Escape');
    expect(document.activeElement).toBe(edge);
  });

  it('deletes an edge as one Disconnect and goes to either end', async () => {
    const { store } = await mountCanvas(bot());
    const actions = {
      store,
      report: vi.fn(),
      requestDelete: vi.fn(),
      zoomToFit: vi.fn(),
      autoLayout: vi.fn(),
    };
    const groups = edgeMenu({ id: 'welcome|next', source: 'welcome', target: 'ask' }, actions);
    const all = groups.flatMap((g) => g.items);
    expect(all.map((i) => i.label)).toEqual(['Go to target: ask', 'Go to source: welcome', 'Delete edge']);
    expect(all[2]!.keys).toBe(shortcutKeys('delete'));
    act(() => all[0]!.onSelect());
    expect(store.getState().selected).toEqual(new Set(['ask']));
    act(() => all[2]!.onSelect());
    expect(store.getState().block('welcome')).not.toHaveProperty('next');
    expect(store.getState().undoLabel).toBe('Disconnect');
  });
});
