// @vitest-environment jsdom
// The Translations table draws only the rows in view, and a row scrolled in takes over the elements of a row
// scrolled out (keyed by slot, renderer/ui/use-row-window.ts): a fast scroll then updates a screenful of rows
// instead of unmounting and mounting one every frame (bench/translations.bench.ts, "to the bottom").
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { TranslationsView } from '../../../renderer/translations/TranslationsView';
import { ROW_HEIGHT } from '../../../renderer/translations/TranslationRowView';
import type { Project } from '../../../engine/model';
import { message, project } from '../fixtures';
import { mount, setUpMounting, stubResizeObserver } from '../mount';

setUpMounting();
beforeAll(stubResizeObserver);

const blocks = Array.from({ length: 300 }, (_, i) => message(`m${i}`, `Text number ${i}`));
const p: Project = { ...project(blocks), secondaryLanguages: ['nl'] };

const rowsOf = (ui: HTMLElement) => [...ui.querySelectorAll<HTMLElement>('.translations-body [role="row"]')];

async function scrollTo(body: HTMLElement, top: number) {
  await act(async () => {
    body.scrollTop = top;
    body.dispatchEvent(new Event('scroll'));
  });
}

describe('the Translations table window', () => {
  it('draws only the rows in view and reuses the elements of rows scrolled out', async () => {
    const store = createEditorStore(p, { backend: memoryBackend(p) });
    const ui = await mount(<TranslationsView />, store);
    const body = ui.querySelector<HTMLElement>('.translations-body')!;
    const before = rowsOf(ui);
    expect(before.length).toBeGreaterThan(10);
    expect(before.length).toBeLessThan(60);
    expect(before[0]!.dataset.testid).toBe('translation-row-m0|messages.0.text');

    await scrollTo(body, 200 * ROW_HEIGHT);
    const after = rowsOf(ui);
    expect(after.length).toBeLessThan(60);
    // Every row now shows a text from far below, in the elements the first rows had.
    expect(after.map((r) => r.getAttribute('aria-rowindex'))).not.toContain('2');
    expect(ui.textContent).toContain('Text number 200');
    // (A slot the longer window does not use may go: the window at the top has no overscan above it.)
    expect(before.filter((row) => row.isConnected).length).toBeGreaterThanOrEqual(before.length - 2);
  });
});
