// @vitest-environment jsdom
// Importing a translations CSV in the app: the report shows before anything changes, and Apply writes every
// changed cell as one applyTranslations command (one undo step).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEditorStore,
  memoryBackend,
  ProjectStoreProvider,
} from '../../../renderer/state/project-store';
import { TranslationsCsv } from '../../../renderer/translations/TranslationsCsv';
import type { MessageBlock } from '../../../engine/model';
import { message, project } from '../fixtures';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const csv = [
  'flow id,dialog id,dialog name,component type,value_en,value_nl,key',
  'main,welcome,welcome,text,Hi there,Hallo daar,messages.0.text',
  'main,gone,gone,text,Bye,Dag,messages.0.text',
].join('\r\n');

describe('translations CSV import in the app', () => {
  it('reports unknown rows, then applies the changed cells as one undo step', async () => {
    const p = { ...project([message('welcome', 'Hi there')]), secondaryLanguages: ['nl'] };
    const store = createEditorStore(p, { backend: memoryBackend(p) });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <ProjectStoreProvider store={store}>
          <TranslationsCsv onError={(m) => expect.fail(m)} />
        </ProjectStoreProvider>,
      ),
    );
    cleanup = () => {
      act(() => root.unmount());
      container.remove();
    };
    const input = container.querySelector<HTMLInputElement>('[data-testid="translations-import"]')!;
    const file = new File([`\uFEFF${csv}`], 'texts.csv', { type: 'text/csv' });
    // jsdom's File has no text(); the browser's reads the same bytes.
    Object.defineProperty(file, 'text', { value: async () => `\uFEFF${csv}` });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await expect
      .poll(() => container.querySelector('[data-testid="translations-import-report"]')?.textContent ?? '')
      .toMatch(/1 translation to change.*Unknown rows.*: 1/);
    expect(store.getState().project).toBe(p);

    await act(async () =>
      container.querySelector<HTMLButtonElement>('[data-testid="translations-import-apply"]')!.click(),
    );
    const block = store.getState().project.flows[0]!.blocks[0] as MessageBlock;
    expect(block.messages[0]).toMatchObject({
      text: 'Hi there',
      translations: { nl: { text: 'Hallo daar' } },
    });
    expect(store.getState().undoLabel).toBe('Import translations from texts.csv');
    expect(container.querySelector('[data-testid="translations-import-report"]')).toBeNull();
  });
});
