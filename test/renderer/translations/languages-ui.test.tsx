// @vitest-environment jsdom
// The languages in the app: Settings add and remove secondary languages through updateSettings (refusing a
// malformed tag with a message), and the inspector in a secondary view language edits a text's translation
// with one setTranslation per field, the primary text left as it was.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { LanguagesSettings } from '../../../renderer/panels/LanguagesSettings';
import { TranslatedTexts } from '../../../renderer/inspector/TranslatedTexts';
import type { SettingsPatch } from '../../../engine/edit';
import type { MessageBlock, Project } from '../../../engine/model';
import { message, project } from '../fixtures';
import { mount, setUpMounting } from '../mount';

setUpMounting();

const storeOf = (p: Project) => createEditorStore(p, { backend: memoryBackend(p) });

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    input.focus();
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const byTestId = <T extends HTMLElement>(ui: HTMLElement, id: string) =>
  ui.querySelector<T>(`[data-testid="${id}"]`)!;

describe('languages in the app', () => {
  it('adds and removes a secondary language in Settings, refusing a malformed tag', async () => {
    const store = storeOf(project([message('welcome', 'Hi')]));
    const patch = (p: SettingsPatch) => {
      const r = store.getState().apply([{ type: 'updateSettings', patch: p }], 'Edit settings');
      return r.ok ? undefined : r.error.message;
    };
    const ui = await mount(<LanguagesSettings patch={patch} />, store);
    await type(byTestId(ui, 'add-language-input'), 'nl_BE');
    await act(async () => byTestId(ui, 'add-language').click());
    expect(byTestId(ui, 'language-error').textContent).toMatch(/not a BCP 47 language tag/);
    expect(store.getState().project.secondaryLanguages).toBeUndefined();

    await type(byTestId(ui, 'add-language-input'), 'nl');
    await act(async () => byTestId(ui, 'add-language').click());
    expect(store.getState().project.secondaryLanguages).toEqual(['nl']);
    await act(async () => byTestId(ui, 'remove-language-nl').click());
    expect(store.getState().project.secondaryLanguages).toBeUndefined();
  });

  it('edits a translation in the inspector as one setTranslation, leaving the primary text', async () => {
    const p = { ...project([message('welcome', 'Hi there')]), secondaryLanguages: ['nl'] };
    const store = storeOf(p);
    const block = store.getState().project.flows[0]!.blocks[0]!;
    const ui = await mount(<TranslatedTexts block={block} language="nl" primary="en" />, store);
    expect(ui.textContent).toContain('missing');
    const field = byTestId<HTMLTextAreaElement>(ui, 'translation-messages.0.text');
    await type(field, 'Hallo daar');
    await act(async () => field.blur());
    const after = store.getState().project.flows[0]!.blocks[0] as MessageBlock;
    expect(after.messages[0]).toMatchObject({
      text: 'Hi there',
      translations: { nl: { text: 'Hallo daar' } },
    });
    expect(store.getState().undoLabel).toBe('Translate welcome (nl)');
  });
});
