// @vitest-environment jsdom
// Flow tabs: rename in place (one undo step, Escape drops it) and delete after a confirmation that counts the
// blocks and lists the references from outside the flow that would break (one undo step).
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { FlowTabs } from '../../../renderer/canvas/FlowTabs';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import type { Block, Project } from '../../../engine/model';
import { message, project } from '../fixtures';
import { mount, setUpMounting } from '../mount';

setUpMounting();

function twoFlows(): Project {
  const p = project([message('hi', 'Hi', { next: 'faq_start' } as Partial<Block>)], {
    intents: [{ id: 'ask_faq', examples: ['question'], block: 'faq_answer' }],
  });
  p.flows.push({
    id: 'faq',
    name: 'FAQ',
    blocks: [
      message('faq_start', 'Ask away', { name: 'FAQ start', next: 'faq_answer' } as Partial<Block>),
      message('faq_answer', 'Here is the answer'),
    ],
  });
  return p;
}

async function setup() {
  const p = twoFlows();
  const store = createEditorStore(p, { backend: memoryBackend(p) });
  const ui = await mount(<FlowTabs />, store);
  return { store, ui, p };
}

const q = <T extends Element = HTMLElement>(ui: HTMLElement, id: string) =>
  ui.querySelector<T & HTMLElement>(`[data-testid="${id}"]`);

async function rename(ui: HTMLElement, flow: string, name: string, key: 'Enter' | 'Escape') {
  await act(async () =>
    q(ui, `flow-tab-${flow}`)!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true })),
  );
  const input = q<HTMLInputElement>(ui, `flow-name-${flow}`)!;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, name);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  if (input.isConnected) await act(async () => input.blur());
}

describe('flow tabs', () => {
  it('rename a flow in place as one undo step; Escape keeps the old name', async () => {
    const { store, ui } = await setup();
    await rename(ui, 'faq', 'Questions', 'Escape');
    expect(store.getState().project.flows[1]!.name).toBe('FAQ');
    await rename(ui, 'faq', 'Questions', 'Enter');
    expect(store.getState().project.flows[1]!.name).toBe('Questions');
    expect(store.getState().undoLabel).toBe('Rename flow');
    expect(q(ui, 'flow-tab-faq')!.textContent).toContain('Questions');
    await act(async () => void (await store.getState().undo()));
    expect(store.getState().project.flows[1]!.name).toBe('FAQ');
  });

  it('delete a flow after saying how many blocks go and which outside references break', async () => {
    const { store, ui, p } = await setup();
    // Only the active flow offers delete.
    expect(q(ui, 'delete-flow-faq')).toBeNull();
    await act(async () => q(ui, 'flow-tab-faq')!.click());
    await act(async () => q(ui, 'delete-flow-faq')!.click());
    expect(q(ui, 'delete-flow-count')!.textContent).toContain('Its 2 blocks will be deleted');
    const broken = [...q(ui, 'delete-flow-references')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(broken).toEqual([
      'block hi in flow Main (next) → FAQ start (faq_start)',
      'intent ask_faq → faq_answer',
    ]);
    await act(async () => q(ui, 'confirm-delete-flow')!.click());
    expect(store.getState().project.flows.map((f) => f.id)).toEqual(['main']);
    expect(store.getState().activeFlow).toBe('main');
    expect(store.getState().undoLabel).toBe('Delete flow FAQ');
    expect(q(ui, 'delete-flow-dialog')).toBeNull();
    await act(async () => void (await store.getState().undo()));
    expect(store.getState().project).toEqual(p);
  });

  it('cancel leaves the flow, and the last flow offers no delete', async () => {
    const { store, ui } = await setup();
    await act(async () => q(ui, 'flow-tab-faq')!.click());
    await act(async () => q(ui, 'delete-flow-faq')!.click());
    const cancel = [...q(ui, 'delete-flow-dialog')!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Cancel',
    )!;
    await act(async () => cancel.click());
    expect(store.getState().project.flows).toHaveLength(2);
    await act(async () => q(ui, 'delete-flow-faq')!.click());
    await act(async () => q(ui, 'confirm-delete-flow')!.click());
    expect(q(ui, 'delete-flow-main')).toBeNull();
  });
});
