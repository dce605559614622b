// @vitest-environment jsdom
// The inspector edits through commands, shows refused values inline, highlights templates and offers
// variable names; the problems panel selects the block of a diagnostic.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { ProblemsPanel } from '../../../renderer/panels/ProblemsPanel';
import { message, project } from '../fixtures';
import { textHash, translationStatus, type Block, type MessageBlock } from '../../../engine/model';
import { mount, setUpMounting } from '../mount';
import { typeAndLeave } from '../user-input';

setUpMounting();

/** Types a value into a field the way React sees it, then leaves the field. */

const ask: Block = {
  id: 'ask',
  type: 'input',
  prompt: [{ kind: 'text', text: 'Name?' }],
  variable: 'user.name',
  validate: { kind: 'any' },
};

function storeWith(blocks: Block[]) {
  const p = project(blocks, { variables: [{ name: 'order.size' }] });
  const store = createEditorStore(p, { backend: memoryBackend(p) });
  store.getState().select([blocks[0]!.id]);
  return store;
}

describe('inspector', () => {
  it('commits a field as one updateBlock step', async () => {
    const store = storeWith([ask, message('bye', 'Bye')]);
    const ui = await mount(<Inspector />, store);
    await typeAndLeave(ui.querySelector('[data-testid="field-variable"]')!, 'user.email');
    expect(store.getState().block('ask')).toMatchObject({ variable: 'user.email' });
    expect(store.getState().undoLabel).toBe('Set variable');
  });

  it('keeps a text message’s translations when its primary text or variants change (they become stale)', async () => {
    const translations = { nl: { text: 'Hoi', textHash: textHash('Hi') } };
    const store = storeWith([
      message('hi', 'Hi', { messages: [{ kind: 'text', text: 'Hi', variants: ['Hey'], translations }] }),
    ]);
    const ui = await mount(<Inspector />, store);
    await typeAndLeave(ui.querySelector('[data-testid="message-0-text"]')!, 'Hello');
    await typeAndLeave(ui.querySelector('[data-testid="message-0-variant-1-text"]')!, 'Hey there');
    const edited = (store.getState().block('hi') as MessageBlock).messages[0]!;
    expect(edited).toEqual({ kind: 'text', text: 'Hello', variants: ['Hey there'], translations });
    expect(translationStatus(edited, 'text', 'nl', 'en')).toBe('stale');
  });

  it('keeps a button title’s translations when what the button does changes', async () => {
    const translations = { nl: { title: 'Ja', titleHash: textHash('Yes') } };
    const store = storeWith([
      message('hi', 'Hi', {
        messages: [{ kind: 'buttons', text: 'Sure?', buttons: [{ title: 'Yes', goTo: 'hi', translations }] }],
      }),
    ]);
    const ui = await mount(<Inspector />, store);
    const button = () => (store.getState().block('hi') as MessageBlock).messages[0]!;
    await act(async () => {
      const does = ui.querySelector('[data-testid="message-0-button-0-does"]') as HTMLSelectElement;
      does.value = 'link';
      does.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(button()).toMatchObject({ buttons: [{ title: 'Yes', url: 'https://', translations }] });
  });

  it('keeps the text’s translations, not the variants’, when a text message becomes buttons', async () => {
    const translations = {
      nl: { text: 'Hoi', textHash: textHash('Hi'), variants: ['Hé'], variantsHash: [textHash('Hey')] },
    };
    const store = storeWith([
      message('hi', 'Hi', { messages: [{ kind: 'text', text: 'Hi', variants: ['Hey'], translations }] }),
    ]);
    const ui = await mount(<Inspector />, store);
    await act(async () => {
      const kind = ui.querySelector('[data-testid="message-0-kind"]') as HTMLSelectElement;
      kind.value = 'buttons';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((store.getState().block('hi') as MessageBlock).messages[0]).toEqual({
      kind: 'buttons',
      text: 'Hi',
      buttons: [{ title: 'Yes' }],
      translations: { nl: { text: 'Hoi', textHash: textHash('Hi') } },
    });
  });

  it('shows why a value is refused next to the field and leaves the document as it was', async () => {
    const store = storeWith([ask]);
    const before = store.getState().project;
    const ui = await mount(<Inspector />, store);
    await typeAndLeave(ui.querySelector('[data-testid="field-variable"]')!, '1 bad name');
    expect(ui.querySelector('[role="alert"]')?.textContent).toMatch(/dot path/);
    expect(store.getState().project).toBe(before);
    await typeAndLeave(ui.querySelector('[data-testid="field-next"]')!, 'nowhere');
    expect([...ui.querySelectorAll('[role="alert"]')].map((e) => e.textContent)).toContain(
      'There is no block "nowhere".',
    );
  });

  it('highlights {variables} in templates and offers declared and used variable names', async () => {
    const store = storeWith([message('hi', 'Hello {user.first|capitalize}!'), ask]);
    const ui = await mount(<Inspector />, store);
    expect(ui.querySelector('[data-testid="message-0-text-preview"] .template-var')?.textContent).toBe(
      '{user.first|capitalize}',
    );
    const names = [...ui.querySelectorAll('#variable-names option')].map((o) => o.getAttribute('value'));
    expect(names).toEqual(
      expect.arrayContaining(['order.size', 'user.name', 'user.first', 'lastUserMessage']),
    );
  });

  it('has a form for every block type with its own fields', async () => {
    const blocks: Block[] = [
      { id: 'r', type: 'goto', rules: [{ when: { var: 'a', op: 'eq', value: 1 }, goTo: 'r' }], else: 'r' },
      { id: 'call', type: 'api', method: 'POST', url: 'https://x', body: { a: '{b}' } },
    ];
    const store = storeWith(blocks);
    const ui = await mount(<Inspector />, store);
    expect(ui.querySelector('[data-testid="rule-0-op"]')).not.toBeNull();
    expect(ui.querySelector('[data-testid="field-else"]')).not.toBeNull();
    await act(async () => store.getState().select(['call']));
    expect((ui.querySelector('[data-testid="field-method"]') as HTMLSelectElement).value).toBe('POST');
    expect((ui.querySelector('[data-testid="field-body"]') as HTMLTextAreaElement).value).toContain('"{b}"');
    await typeAndLeave(ui.querySelector('[data-testid="field-body"]')!, '{ not json');
    expect(ui.querySelector('[role="alert"]')?.textContent).toMatch(/Not valid JSON/);
  });
});

describe('problems panel', () => {
  it('lists diagnostics and selects and centres the block of the one clicked', async () => {
    const store = storeWith([message('hi', 'Hi'), message('bye', 'Bye')]);
    store.getState().setDiagnostics([
      {
        code: 'unreachable-block',
        severity: 'warning',
        message: 'No block leads here.',
        location: { flowId: 'main', blockId: 'bye', path: 'flows[0].blocks[1]' },
      },
    ]);
    const ui = await mount(<ProblemsPanel />, store);
    const item = ui.querySelector<HTMLButtonElement>('.problem')!;
    expect(item.textContent).toContain('bye: No block leads here.');
    await act(async () => item.click());
    expect([...store.getState().selected]).toEqual(['bye']);
    expect(store.getState().focus?.blockId).toBe('bye');
  });
});
