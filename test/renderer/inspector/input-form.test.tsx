// @vitest-environment jsdom
// The input block's inspector fields for entity inputs: validation against a custom or system entity, the date
// range of sys.date, the new input kinds (location with its mocked-geocoding note) and the third-failure message.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEditorStore,
  memoryBackend,
  ProjectStoreProvider,
  type EditorStore,
} from '../../../renderer/state/project-store';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { project } from '../fixtures';
import type { Block } from '../../../engine/model';
import { typeAndLeave } from '../user-input';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function mount(store: EditorStore) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <ProjectStoreProvider store={store}>
        <Inspector />
      </ProjectStoreProvider>,
    ),
  );
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  return container;
}

const ask: Block = { id: 'ask', type: 'input', prompt: [], variable: 'city', validate: { kind: 'any' } };

function storeWith(block: Block) {
  const p = project([block], {
    entities: [{ name: 'city', kind: 'match', values: [{ value: 'London' }] }],
  });
  const store = createEditorStore(p, { backend: memoryBackend(p) });
  store.getState().select([block.id]);
  return store;
}

const select = (ui: HTMLElement, id: string, value: string) =>
  act(async () => {
    const el = ui.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement;
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('input form: entity inputs', () => {
  it('validates against the project entity first, then a system entity with a future-only date range', async () => {
    const store = storeWith(ask);
    const ui = await mount(store);
    await select(ui, 'field-validate', 'entity');
    expect(store.getState().block('ask')).toMatchObject({ validate: { kind: 'entity', entity: 'city' } });
    const entities = [...ui.querySelectorAll('[data-testid="field-validate-entity"] option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(entities).toEqual(expect.arrayContaining(['city', 'sys.date', 'sys.phone_number', 'sys.any']));
    expect(ui.querySelector('[data-testid="field-validate-only"]')).toBeNull();
    await select(ui, 'field-validate-entity', 'sys.date');
    await select(ui, 'field-validate-only', 'future');
    expect(store.getState().block('ask')).toMatchObject({
      validate: { kind: 'entity', entity: 'sys.date', only: 'future' },
    });
    await select(ui, 'field-validate-only', 'any');
    expect(store.getState().block('ask')).toMatchObject({ validate: { kind: 'entity', entity: 'sys.date' } });
    expect((store.getState().block('ask') as { validate: object }).validate).not.toHaveProperty('only');
  });

  it('names an unknown entity as such rather than showing another one', async () => {
    const ui = await mount(storeWith({ ...ask, validate: { kind: 'entity', entity: 'airport' } }));
    const picked = ui.querySelector('[data-testid="field-validate-entity"]') as HTMLSelectElement;
    expect(picked.value).toBe('airport');
    expect(picked.selectedOptions[0]!.textContent).toBe('airport (unknown)');
  });

  it('offers url, time, location and language, and says that locations are geocoded by a mock', async () => {
    const store = storeWith(ask);
    const ui = await mount(store);
    const kinds = [...ui.querySelectorAll('[data-testid="field-validate"] option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(kinds).toEqual(expect.arrayContaining(['url', 'time', 'location', 'language', 'entity']));
    await select(ui, 'field-validate', 'location');
    expect(store.getState().block('ask')).toMatchObject({ validate: { kind: 'location' } });
    expect(ui.querySelector('[data-testid="location-mocked-note"]')?.textContent).toMatch(
      /needs a maps API key.*mocked/,
    );
  });

  it('edits the message of the last failed attempt, and clears it when emptied', async () => {
    const store = storeWith(ask);
    const ui = await mount(store);
    const field = ui.querySelector('[data-testid="field-failMessage"]') as HTMLInputElement;
    await typeAndLeave(field, 'Let me find you a colleague.');
    expect(store.getState().block('ask')).toMatchObject({ failMessage: 'Let me find you a colleague.' });
    await typeAndLeave(field, '');
    expect(store.getState().block('ask')).not.toHaveProperty('failMessage');
  });
});
