// @vitest-environment jsdom
// The Variables panel lists the variables used but not declared (issue 19 point 10), with the blocks
// that use them by name, and declares one, or all of them as one undo step.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { Block, Project } from '../../../engine/model';
import { VariablesPanel } from '../../../renderer/panels/VariablesPanel';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';
import { mount, setUpMounting } from '../mount';

setUpMounting();

const ask: Block = {
  id: 'ask',
  type: 'input',
  name: 'Ask email',
  prompt: [{ kind: 'text', text: 'Email?' }],
  variable: 'user.email',
  validate: { kind: 'any' },
  next: 'thanks',
};
const bot: Project = project(
  [ask, message('thanks', 'Thanks {user.email}, {order.size} {lastUserMessage}')],
  {
    variables: [{ name: 'declared' }],
  },
);

const listed = (ui: HTMLElement) =>
  [...ui.querySelectorAll<HTMLElement>('[data-testid="undeclared-variable"]')].map((li) => li.dataset.name);

describe('variables used but not declared', () => {
  it('lists them with the blocks using them by name, and declares all of them as one undo step', async () => {
    const store = createEditorStore(bot, { backend: memoryBackend(bot) });
    const ui = await mount(<VariablesPanel />, store);
    expect(listed(ui)).toEqual(['order.size', 'user.email']);
    const email = ui.querySelector('[data-name="user.email"]')!;
    expect(email.textContent).toContain('set in Ask email, thanks');
    expect(ui.querySelector('[data-name="order.size"]')!.textContent).toContain('read, never set, in thanks');

    await act(async () => ui.querySelector<HTMLElement>('[data-testid="declare-all-variables"]')!.click());
    expect(store.getState().project.variables.map((v) => v.name)).toEqual([
      'declared',
      'order.size',
      'user.email',
    ]);
    expect(store.getState().undoLabel).toBe('Declare 2 variables');
    expect(ui.querySelector('[data-testid="undeclared-variables"]')).toBeNull();

    await act(async () => void (await store.getState().undo()));
    expect(store.getState().project.variables.map((v) => v.name)).toEqual(['declared']);
    expect(listed(ui)).toEqual(['order.size', 'user.email']);
  });

  it('declares one with its own button', async () => {
    const store = createEditorStore(bot, { backend: memoryBackend(bot) });
    const ui = await mount(<VariablesPanel />, store);
    await act(async () => ui.querySelector<HTMLElement>('[aria-label="Declare order.size"]')!.click());
    expect(store.getState().project.variables.map((v) => v.name)).toEqual(['declared', 'order.size']);
    expect(listed(ui)).toEqual(['user.email']);
  });
});
