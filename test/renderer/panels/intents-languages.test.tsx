// @vitest-environment jsdom
// The Intents panel in a multi-language project (issue 15): with a secondary language chosen in the title bar
// the examples field edits that language's examples (one undo step, the primary ones greyed and a missing list
// marked), and the expressions CSV exports every language and imports a file after its report, as one step.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { IntentsPanel } from '../../../renderer/panels/IntentsPanel';
import { message, project } from '../fixtures';
import type { Project } from '../../../engine/model';
import { mount, setUpMounting } from '../mount';
import { typeAndLeave } from '../user-input';

setUpMounting();

function storeOf(more: Partial<Project> = {}) {
  const p = project([message('hi', 'Hello')], {
    secondaryLanguages: ['nl', 'fr'],
    intents: [
      { id: 'greet', examples: ['hello', 'hi there'], examplesByLanguage: { fr: ['bonjour'] } },
      { id: 'bye', examples: ['goodbye'] },
    ],
    ...more,
  });
  return createEditorStore(p, { backend: memoryBackend(p) });
}

const byTestId = (ui: HTMLElement, id: string) =>
  ui.querySelector(`[data-testid="${id}"]`) as HTMLTextAreaElement;

describe('the Intents panel in another language', () => {
  it('edits the chosen language’s examples as one undo step, with the primary ones greyed', async () => {
    const store = storeOf();
    store.getState().setViewLanguage('nl');
    const ui = await mount(<IntentsPanel />, store);
    const field = byTestId(ui, 'intent-examples-greet-nl');
    expect(field.value).toBe('');
    expect(ui.textContent).toContain('missing en: hello · hi there');

    await typeAndLeave(field, 'hallo\n  \ngoedendag ');
    const greet = store.getState().project.intents[0]!;
    expect(greet.examples).toEqual(['hello', 'hi there']);
    expect(greet.examplesByLanguage).toEqual({ fr: ['bonjour'], nl: ['hallo', 'goedendag'] });
    expect(store.getState().undoLabel).toBe('Edit the nl examples of greet');

    // French already has its examples: shown as they are, and emptied they are removed.
    await act(async () => store.getState().setViewLanguage('fr'));
    const fr = byTestId(ui, 'intent-examples-greet-fr');
    expect(fr.value).toBe('bonjour');
    await typeAndLeave(fr, '');
    expect(store.getState().project.intents[0]!.examplesByLanguage).toEqual({ nl: ['hallo', 'goedendag'] });
  });

  it('keeps the primary examples field in the primary language, and no CSV in a one-language project', async () => {
    const store = storeOf({ secondaryLanguages: [] });
    const ui = await mount(<IntentsPanel />, store);
    expect(byTestId(ui, 'intent-examples-greet-nl')).toBeNull();
    expect(byTestId(ui, 'expressions-csv')).toBeNull();
  });
});

describe('the expressions CSV in the Intents panel', () => {
  it('reports unknown intents and changed primary examples, then applies the rest as one undo step', async () => {
    const store = storeOf();
    const ui = await mount(<IntentsPanel />, store);
    const csv = [
      'intent,value_en,value_nl,value_fr',
      'greet,hello,hallo,bonjour',
      'greet,hi there,hoi,salut',
      'gone,x,y,z',
      'bye,bye now,tot ziens,',
    ].join('\r\n');
    const input = byTestId(ui, 'expressions-import') as unknown as HTMLInputElement;
    const file = new File([`\uFEFF${csv}`], 'expressions.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'text', { value: async () => `\uFEFF${csv}` });
    Object.defineProperty(input, 'files', { value: [file] });
    const before = store.getState().project;
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await expect
      .poll(() => byTestId(ui, 'expressions-import-report')?.textContent ?? '')
      .toMatch(/3 example lists to change.*Unknown rows.*: 1.*Primary examples that differ.*: 1/);
    expect(store.getState().project).toBe(before);

    await act(async () => byTestId(ui, 'expressions-import-apply').click());
    const [greet, bye] = store.getState().project.intents;
    expect(greet!.examplesByLanguage).toEqual({ nl: ['hallo', 'hoi'], fr: ['bonjour', 'salut'] });
    expect(bye!.examples).toEqual(['goodbye']);
    expect(bye!.examplesByLanguage).toEqual({ nl: ['tot ziens'] });
    expect(store.getState().undoLabel).toBe('Import expressions from expressions.csv');
    await act(async () => store.getState().undo());
    await expect.poll(() => store.getState().project.intents).toEqual(before.intents);
  });
});
