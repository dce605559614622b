// @vitest-environment jsdom
// Canvas basics designers expect (issue 19 point 8): a double-click edits a message block's first text on
// its card (Enter keeps it as one undo step, Escape drops it, a secondary "Texts in" language edits that
// translation), the start block carries a Start flag, the zoom corner zooms and shows the level, and the
// mouse wheel pans instead of zooming when this machine's preference says so (saved in localStorage).
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageBlock, Project } from '../../../engine/model';
import { CANVAS_PREFS_KEY, parseCanvasPrefs, useCanvasPrefs } from '../../../renderer/state/canvas-prefs';
import { CanvasPreferences } from '../../../renderer/panels/CanvasPreferences';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';
import { mount } from '../mount';
import { byTestId, key, mountCanvas, setUpCanvas, type } from './mount-canvas';

setUpCanvas();
afterEach(() => {
  localStorage.clear();
  useCanvasPrefs.setState({ wheel: 'zoom' });
});

const bot = (more: Partial<Project> = {}) =>
  project(
    [
      message('welcome', 'Hello', { next: 'ask', position: { x: 0, y: 0 } }),
      message('ask', 'What now?', { position: { x: 0, y: 240 }, name: 'Ask' }),
      { id: 'route', type: 'goto', rules: [], position: { x: 320, y: 0 } } as unknown as MessageBlock,
    ],
    more,
  );

async function doubleClick(target: Element) {
  await act(async () => {
    target.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, detail: 2 }));
  });
}
const firstText = (p: Project, id: string) =>
  (p.flows[0]!.blocks.find((b) => b.id === id) as MessageBlock).messages[0] as {
    text: string;
    translations?: Record<string, { text?: string }>;
  };

describe('editing a message text on the card', () => {
  it('Enter keeps the text as one undo step; Escape drops the change', async () => {
    const { ui, store } = await mountCanvas(bot());
    await doubleClick(byTestId(ui, 'block-ask')!);
    const field = byTestId<HTMLTextAreaElement>(ui, 'inline-text-ask')!;
    expect(field.value).toBe('What now?');
    expect(field.getAttribute('aria-label')).toBe('Text of Ask');
    expect(document.activeElement).toBe(field);
    await type(field, 'What next, {user.name}?');
    await key(field, 'Enter');
    expect(byTestId(ui, 'inline-text-ask')).toBeNull();
    expect(firstText(store.getState().project, 'ask').text).toBe('What next, {user.name}?');
    expect(store.getState().undoLabel).toBe('Edit text of Ask');
    await act(async () => void store.getState().undo());
    expect(firstText(store.getState().project, 'ask').text).toBe('What now?');

    await doubleClick(byTestId(ui, 'block-ask')!);
    const again = byTestId<HTMLTextAreaElement>(ui, 'inline-text-ask')!;
    await type(again, 'Thrown away');
    await key(again, 'Escape');
    expect(byTestId(ui, 'inline-text-ask')).toBeNull();
    expect(firstText(store.getState().project, 'ask').text).toBe('What now?');
    expect(store.getState().canRedo).toBe(true);
  });

  it('in a secondary view language edits that translation, the primary text untouched', async () => {
    const p = bot({ secondaryLanguages: ['nl'] });
    const { ui, store } = await mountCanvas(p);
    await act(async () => store.getState().setViewLanguage('nl'));
    await doubleClick(byTestId(ui, 'block-ask')!);
    const field = byTestId<HTMLTextAreaElement>(ui, 'inline-text-ask')!;
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('What now?');
    expect(field.dataset.language).toBe('nl');
    await type(field, 'Wat nu?');
    await act(async () => field.blur());
    const text = firstText(store.getState().project, 'ask');
    expect(text.text).toBe('What now?');
    expect(text.translations?.nl?.text).toBe('Wat nu?');
  });

  it('a block without a message text opens the inspector instead', async () => {
    const { ui, store } = await mountCanvas(bot());
    await doubleClick(byTestId(ui, 'block-route')!);
    expect(ui.querySelector('.inline-text')).toBeNull();
    expect(store.getState().editRequest).toBe(1);
  });
});

describe('the start flag', () => {
  it('marks the start block only, and moves with the setting', async () => {
    const { ui, store } = await mountCanvas(bot());
    expect(byTestId(ui, 'start-welcome')?.textContent).toBe('Start');
    expect(byTestId(ui, 'start-ask')).toBeNull();
    await act(
      async () =>
        void store.getState().apply([{ type: 'updateSettings', patch: { startBlock: 'ask' } }], 'Set'),
    );
    expect(byTestId(ui, 'start-welcome')).toBeNull();
    expect(byTestId(ui, 'start-ask')).not.toBeNull();
  });
});

const level = (ui: HTMLElement) => byTestId(ui, 'zoom-level')!.textContent;
const viewport = (ui: HTMLElement) => ui.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
async function wheel(ui: HTMLElement) {
  await act(async () => {
    ui.querySelector('.react-flow__pane')!.dispatchEvent(
      new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: 100, clientX: 400, clientY: 300 }),
    );
  });
}

describe('the zoom corner and the wheel', () => {
  it('zooms in and out, shows the level, and goes back to 100 % from the level', async () => {
    const { ui } = await mountCanvas(bot());
    expect(level(ui)).toBe('100 %');
    expect(byTestId(ui, 'zoom-in')!.getAttribute('aria-label')).toBe('Zoom in');
    expect(byTestId(ui, 'zoom-level')!.getAttribute('aria-label')).toBe('Zoom 100 %: reset to 100 %');
    await act(async () => byTestId(ui, 'zoom-in')!.click());
    await vi.waitFor(() => expect(level(ui)).toBe('120 %'));
    await act(async () => byTestId(ui, 'zoom-out')!.click());
    await vi.waitFor(() => expect(level(ui)).toBe('100 %'));
    await act(async () => byTestId(ui, 'zoom-out')!.click());
    await vi.waitFor(() => expect(level(ui)).toBe('83 %'));
    await act(async () => byTestId(ui, 'zoom-level')!.click());
    await vi.waitFor(() => expect(level(ui)).toBe('100 %'));
  });

  it('the wheel zooms by default and pans when the preference says so, saved on this machine', async () => {
    const { ui } = await mountCanvas(bot());
    await wheel(ui);
    await vi.waitFor(() => expect(level(ui)).not.toBe('100 %'));

    const store = createEditorStore(bot(), { backend: memoryBackend(bot()) });
    const prefs = await mount(<CanvasPreferences />, store);
    const select = byTestId<HTMLSelectElement>(prefs, 'pref-wheel')!;
    expect(select.value).toBe('zoom');
    await act(async () => {
      select.value = 'pan';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(JSON.parse(localStorage.getItem(CANVAS_PREFS_KEY)!)).toEqual({ wheel: 'pan' });
    expect(parseCanvasPrefs(localStorage.getItem(CANVAS_PREFS_KEY))).toEqual({ wheel: 'pan' });
    expect(parseCanvasPrefs('{"wheel":"spin"}')).toEqual({ wheel: 'zoom' });
    expect(parseCanvasPrefs('not json')).toEqual({ wheel: 'zoom' });

    const zoomed = level(ui);
    const before = viewport(ui);
    await wheel(ui);
    await vi.waitFor(() => expect(viewport(ui)).not.toBe(before));
    expect(level(ui)).toBe(zoomed);
  });
});
