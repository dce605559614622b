// @vitest-environment jsdom
// A Go To rule's operator reads in words, and the ordering operators take and store their value as a number.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { conditionLabel } from '../../../renderer/blocks/summary-text';
import type { Block, GotoBlock } from '../../../engine/model';
import { message, project } from '../fixtures';
import { mount, setUpMounting } from '../mount';
import { typeAndLeave } from '../user-input';

setUpMounting();

const route: Block = {
  id: 'route',
  type: 'goto',
  rules: [{ when: { var: 'age', op: 'eq', value: '18' }, goTo: 'adult' }],
  else: 'adult',
};

async function inspect() {
  const p = project([route, message('adult', 'Welcome')]);
  const store = createEditorStore(p, { backend: memoryBackend(p) });
  store.getState().select(['route']);
  const ui = await mount(<Inspector />, store);
  const when = () => (store.getState().block('route') as GotoBlock).rules[0]!.when;
  return { store, ui, when };
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('rule operators', () => {
  it('are offered in words, the stored operator unchanged', async () => {
    const { ui } = await inspect();
    const select = ui.querySelector<HTMLSelectElement>('[data-testid="rule-0-op"]')!;
    const labels = [...select.options].map((o) => o.textContent);
    expect(labels).toEqual(expect.arrayContaining(['equals', 'is greater than', 'is at most', 'ends with']));
    expect(labels).not.toContain('gt');
    expect(select.selectedOptions[0]!.textContent).toBe('equals');
    expect(conditionLabel({ var: 'age', op: 'gte', value: 18 })).toBe('age is at least 18');
  });

  it('type and store the value as a number where the operator orders numbers', async () => {
    const { ui, when } = await inspect();
    expect(ui.querySelector<HTMLInputElement>('[data-testid="rule-0-value"]')!.type).not.toBe('number');
    await choose(ui.querySelector('[data-testid="rule-0-op"]')!, 'gt');
    expect(when()).toEqual({ var: 'age', op: 'gt', value: 18 });
    const input = ui.querySelector<HTMLInputElement>('[data-testid="rule-0-value"]')!;
    expect(input.type).toBe('number');
    await typeAndLeave(input, '21.5');
    expect(when()).toEqual({ var: 'age', op: 'gt', value: 21.5 });
  });

  it('keep a template value as text under an ordering operator', async () => {
    const { ui, when } = await inspect();
    await typeAndLeave(ui.querySelector('[data-testid="rule-0-value"]')!, '{limits.age}');
    await choose(ui.querySelector('[data-testid="rule-0-op"]')!, 'lt');
    expect(when()).toEqual({ var: 'age', op: 'lt', value: '{limits.age}' });
    expect(ui.querySelector<HTMLInputElement>('[data-testid="rule-0-value"]')!.type).not.toBe('number');
  });
});
