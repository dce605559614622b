// @vitest-environment jsdom
// A new button or Go To rule starts unconnected (no goTo, not the start block): the inspector says so, the
// canvas node keeps a port for it to drag from, and picking a target connects it.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { blockDisplay } from '../../../renderer/canvas/block-display';
import type { Block, GotoBlock, MessageBlock } from '../../../engine/model';
import { message, project } from '../fixtures';
import { mount, setUpMounting } from '../mount';
import { typeAndLeave } from '../user-input';

setUpMounting();

const route: Block = { id: 'route', type: 'goto', rules: [], else: 'bye' };
const ask: Block = {
  id: 'ask',
  type: 'message',
  messages: [{ kind: 'buttons', text: 'Pizza?', buttons: [] }],
} as Block;

async function inspect(id: string) {
  const p = project([ask, route, message('bye', 'Bye')]);
  const store = createEditorStore(p, { backend: memoryBackend(p) });
  store.getState().select([id]);
  const ui = await mount(<Inspector />, store);
  return { store, ui };
}

const click = (ui: HTMLElement, id: string) =>
  act(async () => ui.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!.click());

describe('a new rule or button', () => {
  it('a Go To rule starts without a target, and a picked block connects it', async () => {
    const { store, ui } = await inspect('route');
    await click(ui, 'rule-add');
    const rules = () => (store.getState().block('route') as GotoBlock).rules;
    expect(rules()).toEqual([{ when: { var: 'answer', op: 'eq', value: 'yes' } }]);
    const field = ui.querySelector<HTMLInputElement>('[data-testid="rule-0-goto"]')!;
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('(not connected)');
    const display = blockDisplay(store.getState().block('route')!);
    expect(display.ports.map((p) => [p.kind, p.target])).toEqual([
      ['rule', undefined],
      ['else', 'bye'],
    ]);
    await typeAndLeave(field, 'bye');
    expect(rules()[0]!.goTo).toBe('bye');
    // Emptying the field disconnects it again rather than being refused.
    await typeAndLeave(ui.querySelector<HTMLInputElement>('[data-testid="rule-0-goto"]')!, '');
    expect(rules()[0]).not.toHaveProperty('goTo');
  });

  it('a button starts without a target and keeps its port on the node', async () => {
    const { store, ui } = await inspect('ask');
    await click(ui, 'message-0-button-add');
    const msg = (store.getState().block('ask') as MessageBlock).messages[0]!;
    expect(msg).toMatchObject({ kind: 'buttons', buttons: [{ title: 'Option 1' }] });
    expect(msg.kind === 'buttons' && msg.buttons[0]).not.toHaveProperty('goTo');
    const display = blockDisplay(store.getState().block('ask')!);
    expect(display.ports).toEqual([
      expect.objectContaining({ kind: 'button', label: 'Option 1', target: undefined }),
    ]);
  });
});
