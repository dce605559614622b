// @vitest-environment jsdom
// The Entities panel: values and synonyms edited as undo steps, an invalid regex refused at its field, the entity
// threshold kept beside the other NLP settings, and a test sentence read by the engine's extraction.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { EntitiesPanel } from '../../../renderer/panels/EntitiesPanel';
import { SettingsPanel } from '../../../renderer/panels/SettingsPanel';
import { message, project } from '../fixtures';
import type { Entity, Project } from '../../../engine/model';
import { mount, setUpMounting, unmountAll } from '../mount';
import { typeAndLeave } from '../user-input';

setUpMounting();

const city: Entity = { name: 'city', kind: 'match', values: [{ value: 'London', synonyms: ['Londen'] }] };
const ref: Entity = { name: 'ref', kind: 'regex', pattern: '\\bSH-\\d{4}\\b' };

function storeOf(more: Partial<Project> = {}) {
  const p = project([message('hi', 'Hello')], { entities: [city, ref], ...more });
  return createEditorStore(p, { backend: memoryBackend(p) });
}

const byTestId = (ui: HTMLElement, id: string) =>
  ui.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;

const click = (el: Element | null) => act(async () => (el as HTMLElement).click());

describe('entities panel', () => {
  it('adds a value with synonyms, each gesture one undo step', async () => {
    const store = storeOf();
    const ui = await mount(<EntitiesPanel />, store);
    await click(byTestId(ui, 'entity-add-value-city'));
    await typeAndLeave(byTestId(ui, 'entity-value-text-city-1'), 'Paris');
    await typeAndLeave(byTestId(ui, 'entity-synonyms-city-1'), 'Parijs, Parigi');
    expect(store.getState().project.entities![0]).toEqual({
      ...city,
      values: [...city.values, { value: 'Paris', synonyms: ['Parijs', 'Parigi'] }],
    });
    expect(store.getState().undoLabel).toBe('Edit synonyms');
  });

  it('refuses an invalid regex at its field and leaves the entity as it was', async () => {
    const store = storeOf();
    const ui = await mount(<EntitiesPanel />, store);
    const pattern = byTestId(ui, 'entity-pattern-ref');
    await typeAndLeave(pattern, '(SH-');
    const error = ui.querySelector(`[id="${pattern.id}-error"]`);
    expect(error?.textContent).toMatch(/^This pattern is refused: .+/);
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(store.getState().project.entities![1]).toEqual(ref);
  });

  it('shows a stored unsafe pattern as an error under its field', async () => {
    const ui = await mount(<EntitiesPanel />, storeOf({ entities: [{ ...ref, pattern: '(a+)+' }] }));
    expect(byTestId(ui, 'entity-pattern-problem-ref').textContent).toMatch(/nested repetition/);
  });

  it('sets the entity threshold, and the Settings panel keeps it when the intent threshold changes', async () => {
    const store = storeOf();
    const ui = await mount(<EntitiesPanel />, store);
    await typeAndLeave(byTestId(ui, 'entity-threshold'), '0.9');
    expect(store.getState().project.nlp).toEqual({ threshold: 0.7, entityThreshold: 0.9 });
    unmountAll();
    const settings = await mount(<SettingsPanel />, store);
    const label = [...settings.querySelectorAll('label')].find((l) =>
      l.textContent?.startsWith('Intent confidence'),
    )!;
    await typeAndLeave(settings.querySelector(`[id="${label.htmlFor}"]`) as HTMLInputElement, '0.6');
    expect(store.getState().project.nlp).toEqual({ threshold: 0.6, entityThreshold: 0.9 });
  });

  it('tests a sentence: custom and system entities with the stored value and the words read', async () => {
    const ui = await mount(<EntitiesPanel />, storeOf());
    const input = byTestId(ui, 'entity-test-input');
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
      setter.call(input, 'Londen for 2 people, booking sh-1234');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await import('../../../engine/entities'); // the panel's lazy chunk, loaded so the click settles inside act
    await act(async () => {
      byTestId(ui, 'entity-test-run').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(byTestId(ui, 'entity-test-result-city').textContent).toContain(
      '"London" from “Londen” (characters 0–6)',
    );
    expect(byTestId(ui, 'entity-test-result-sys.number').textContent).toContain('"2"');
    expect(byTestId(ui, 'entity-test-results').textContent).toContain('city');
  });

  it('lists every system entity with what it stores', async () => {
    const ui = await mount(<EntitiesPanel />, storeOf());
    const list = byTestId(ui, 'system-entities').textContent!;
    expect(list).toContain('sys.date');
    expect(list).toContain('DD-MM-YYYY');
    expect(list).toContain('sys.amount_of_money_currency');
  });
});
