// @vitest-environment jsdom
// The project panels edit through commands, one undo step each: variables (add, rename everywhere,
// delete), intents (add, examples, target), mocks (add, edit, delete) and settings (with refusals shown).
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { IntentsPanel } from '../../../renderer/panels/IntentsPanel';
import { MocksPanel } from '../../../renderer/panels/MocksPanel';
import { SettingsPanel } from '../../../renderer/panels/SettingsPanel';
import { VariablesPanel } from '../../../renderer/panels/VariablesPanel';
import { message, project } from '../fixtures';
import type { Project } from '../../../engine/model';
import { mount, setUpMounting } from '../mount';
import { typeAndLeave } from '../user-input';

setUpMounting();

function storeOf(p: Project) {
  return createEditorStore(p, { backend: memoryBackend(p) });
}

/** The input or textarea of the field labelled `label` (the nth one, for repeated items). */
function field(ui: HTMLElement, label: string, nth = 0): HTMLInputElement {
  const labels = [...ui.querySelectorAll('label')].filter((l) => l.textContent === label);
  const target = labels[nth] && ui.querySelector(`[id="${labels[nth].htmlFor}"]`);
  if (!target) throw new Error(`no field labelled "${label}" (#${nth})`);
  return target as HTMLInputElement;
}

/** Types a value the way React sees it, then leaves the field. */

const click = (el: Element | null) => act(async () => (el as HTMLElement).click());
const alerts = (ui: HTMLElement) => [...ui.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

describe('variables panel', () => {
  it('adds a variable, renames it in every template that reads it, and deletes it', async () => {
    const store = storeOf(project([message('hi', 'Total: {variable1}')]));
    const ui = await mount(<VariablesPanel />, store);
    await click(ui.querySelector('[data-testid="add-variable"]'));
    expect(store.getState().project.variables).toEqual([{ name: 'variable1' }]);

    await typeAndLeave(field(ui, 'Name (renames every use)'), 'order.total');
    expect(store.getState().project.variables.map((v) => v.name)).toEqual(['order.total']);
    expect(store.getState().block('hi')).toMatchObject({ messages: [{ text: 'Total: {order.total}' }] });
    expect(store.getState().undoLabel).toBe('Rename variable');

    await typeAndLeave(field(ui, 'Name (renames every use)'), 'not a path');
    expect(alerts(ui)).toContain('Use a dot path such as order.size.');

    await click(ui.querySelector('[aria-label="Delete order.total"]'));
    expect(store.getState().project.variables).toEqual([]);
  });
});

describe('intents panel', () => {
  it('adds an intent from its id, then edits its examples and the block it jumps to', async () => {
    const store = storeOf(project([message('welcome', 'Hi'), message('ask_size', 'Size?')]));
    const ui = await mount(<IntentsPanel />, store);
    await typeAndLeave(field(ui, 'New intent id'), 'order_pizza');
    expect(store.getState().project.intents).toEqual([{ id: 'order_pizza', examples: ['order pizza'] }]);
    expect(field(ui, 'New intent id').value).toBe('');

    await typeAndLeave(field(ui, 'Examples (one per line)'), 'I want a pizza\n\n  order a pizza ');
    await typeAndLeave(field(ui, 'Jumps to'), 'ask_size');
    expect(store.getState().project.intents).toEqual([
      { id: 'order_pizza', examples: ['I want a pizza', 'order a pizza'], block: 'ask_size' },
    ]);

    await typeAndLeave(field(ui, 'Jumps to'), 'nowhere');
    await typeAndLeave(field(ui, 'New intent id'), 'order_pizza');
    expect(alerts(ui)).toEqual(['There is no block "nowhere".', 'That intent exists.']);
    expect(store.getState().project.intents).toHaveLength(1);
  });
});

describe('mocks panel', () => {
  it('adds a mock, edits its status and URL as separate undo steps, and deletes it', async () => {
    const store = storeOf(project([message('hi', 'Hi')]));
    const ui = await mount(<MocksPanel />, store);
    await click(ui.querySelector('[data-testid="add-mock"]'));
    expect(store.getState().project.mocks).toEqual([
      { method: 'GET', url: 'https://example.com/*', status: 200, body: {} },
    ]);

    await typeAndLeave(field(ui, 'Status'), '404');
    await typeAndLeave(field(ui, 'URL pattern (* matches anything)'), 'https://shop.example.com/stock/*');
    expect(store.getState().project.mocks[0]).toMatchObject({
      status: 404,
      url: 'https://shop.example.com/stock/*',
    });
    await act(async () => store.getState().undo());
    expect(store.getState().project.mocks[0]).toMatchObject({ status: 404, url: 'https://example.com/*' });

    await typeAndLeave(field(ui, 'Status'), '42');
    expect(alerts(ui)).toContain('At least 100.');
    await click(ui.querySelector('[aria-label="Delete mock 1"]'));
    expect(store.getState().project.mocks).toEqual([]);
  });
});

describe('settings panel', () => {
  it('renames the project and changes the start block, refusing a block that does not exist', async () => {
    const store = storeOf(project([message('welcome', 'Hi'), message('menu', 'Menu')]));
    const ui = await mount(<SettingsPanel />, store);
    await typeAndLeave(field(ui, 'Project name'), 'Pizza bot');
    await typeAndLeave(field(ui, 'Start block'), 'menu');
    expect(store.getState().project).toMatchObject({ name: 'Pizza bot', startBlock: 'menu' });

    await typeAndLeave(field(ui, 'Start block'), 'gone');
    expect(alerts(ui)).toContain('There is no block "gone".');
    expect(store.getState().project.startBlock).toBe('menu');

    await typeAndLeave(field(ui, 'Intent confidence threshold (0–1)'), '0.8');
    expect(store.getState().project.nlp).toEqual({ threshold: 0.8 });
  });

  it('switches the expression syntax on and off through updateSettings', async () => {
    const store = storeOf(project([message('welcome', 'Hi')]));
    const ui = await mount(<SettingsPanel />, store);
    const box = [...ui.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Expression syntax'))!
      .querySelector('input')!;
    expect(box.checked).toBe(false);
    await act(async () => box.click());
    expect(store.getState().project.settings).toEqual({ expressionSyntax: true });
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    expect(store.getState().project.settings).toEqual({ expressionSyntax: false });
  });
});
