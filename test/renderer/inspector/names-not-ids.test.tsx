// @vitest-environment jsdom
// Blocks by name where a designer reads (issue 19 point 5): the Next picker shows the target's name with
// its id under the field, completes names with ids as secondary text, and takes a typed name as that
// block; Problems and the simulator-independent lists name the block, and an unnamed block reads as its id.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../engine/model';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { ProblemsPanel } from '../../../renderer/panels/ProblemsPanel';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';
import { mount, setUpMounting } from '../mount';
import { typeAndLeave } from '../user-input';

setUpMounting();

const blocks: Block[] = [
  message('welcome', 'Hi', { name: 'Greeting', next: 'ask' } as Partial<Block>),
  message('ask', 'Size?', { name: 'Ask size' } as Partial<Block>),
  message('bye', 'Bye'),
];

function storeWith(selected: string) {
  const p = project(blocks);
  const store = createEditorStore(p, { backend: memoryBackend(p) });
  store.getState().select([selected]);
  return store;
}

describe('names in the inspector', () => {
  it('shows the Next target by name, with its id under the field', async () => {
    const ui = await mount(<Inspector />, storeWith('welcome'));
    expect(ui.querySelector<HTMLInputElement>('[data-testid="field-next"]')!.value).toBe('Ask size');
    expect(ui.querySelector('[data-testid="field-next-id"]')?.textContent).toBe('ask');
  });

  it('completes blocks by name with the id as secondary text, and unnamed ones by id', async () => {
    const ui = await mount(<Inspector />, storeWith('welcome'));
    const options = [...ui.querySelectorAll('#block-ids option')].map((o) => [
      o.getAttribute('value'),
      o.getAttribute('label'),
    ]);
    expect(options).toEqual([
      ['Greeting', 'welcome'],
      ['Ask size', 'ask'],
      ['bye', null],
    ]);
  });

  it('takes a typed name as that block, and still takes an id', async () => {
    const store = storeWith('bye');
    const ui = await mount(<Inspector />, store);
    const next = ui.querySelector<HTMLInputElement>('[data-testid="field-next"]')!;
    await typeAndLeave(next, 'Greeting');
    expect(store.getState().block('bye')).toMatchObject({ next: 'welcome' });
    await typeAndLeave(next, 'ask');
    expect(store.getState().block('bye')).toMatchObject({ next: 'ask' });
    expect(next.value).toBe('Ask size');
  });
});

describe('names in Problems', () => {
  it('heads a diagnostic with its block name, or the id of an unnamed block', async () => {
    const store = storeWith('welcome');
    const at = (blockId: string) => ({ flowId: 'main', blockId, path: 'flows[0]' });
    store.getState().setDiagnostics([
      {
        code: 'unreachable-block',
        severity: 'warning',
        message: 'No block leads here.',
        location: at('ask'),
      },
      {
        code: 'unreachable-block',
        severity: 'warning',
        message: 'No block leads here.',
        location: at('bye'),
      },
    ]);
    const ui = await mount(<ProblemsPanel />, store);
    const items = [...ui.querySelectorAll('.problem')].map((b) => b.textContent);
    expect(items[0]).toContain('Ask size: No block leads here.');
    expect(items[1]).toContain('bye: No block leads here.');
  });
});
