// What changed inside a block, as the history's diff reports it: field content apart from references,
// references re-pointed, added or removed (by slot, with the button title or rule number), and the
// block's name carried in the summary, also for removed blocks.
import { describe, expect, it } from 'vitest';
import { blockFieldChanges, summarizeDiff, type BlockFieldChange } from '../../../engine/edit';
import type { Block } from '../../../engine/model';
import { apply, block, pizzaProject } from './fixtures';

const changesOf = (before: Block, patch: Partial<Block>): BlockFieldChange[] =>
  blockFieldChanges(before, { ...before, ...patch } as Block);

describe('blockFieldChanges', () => {
  it('names a changed field, not the references inside it', () => {
    const welcome = block(pizzaProject(), 'welcome');
    expect(changesOf(welcome, { messages: [{ kind: 'text', text: 'Hello' }] } as Partial<Block>)).toEqual([
      { kind: 'field', field: 'messages' },
    ]);
  });

  it('says where next pointed and where it points now', () => {
    const welcome = block(pizzaProject(), 'welcome');
    expect(changesOf(welcome, { next: 'done' } as Partial<Block>)).toEqual([
      { kind: 'target', slot: 'next', from: 'ask_size', to: 'done' },
    ]);
    expect(changesOf(welcome, { next: undefined } as Partial<Block>)).toEqual([
      { kind: 'target', slot: 'next', from: 'ask_size', to: null },
    ]);
  });

  it('reports a re-pointed button by its title, without also reporting the messages as changed', () => {
    const ask = block(pizzaProject(), 'ask_size') as Extract<Block, { type: 'message' }>;
    const messages = structuredClone(ask.messages);
    (messages[0] as { buttons: { goTo?: string }[] }).buttons[0]!.goTo = 'done';
    expect(changesOf(ask, { messages } as Partial<Block>)).toEqual([
      { kind: 'target', slot: 'button', label: 'Large', from: 'route', to: 'done' },
    ]);
  });

  it('numbers rules from 1 and reports an else that was added', () => {
    const route = block(pizzaProject(), 'route') as Extract<Block, { type: 'goto' }>;
    const rules = [{ ...route.rules[0]!, goTo: 'welcome' }];
    expect(changesOf(route, { rules, else: undefined } as Partial<Block>)).toEqual([
      { kind: 'target', slot: 'rule', label: '1', from: 'check_stock', to: 'welcome' },
      { kind: 'target', slot: 'else', from: 'ask_email', to: null },
    ]);
  });

  it('lists the name, notes and position as fields of their own', () => {
    const done = block(pizzaProject(), 'done');
    expect(changesOf(done, { name: 'Finish', position: { x: 5, y: 5 } })).toEqual([
      { kind: 'field', field: 'name' },
      { kind: 'field', field: 'position' },
    ]);
    expect(blockFieldChanges(done, done)).toEqual([]);
  });
});

describe('summarizeDiff block details', () => {
  it('carries the name and the changes of a changed block', () => {
    let project = pizzaProject();
    project = apply(project, { type: 'updateBlock', id: 'welcome', patch: { name: 'Greeting' } }).project;
    const { diff } = apply(project, { type: 'updateBlock', id: 'welcome', patch: { next: 'done' } });
    expect(summarizeDiff(diff).blockDetails).toEqual([
      {
        id: 'welcome',
        name: 'Greeting',
        changes: [{ kind: 'target', slot: 'next', from: 'ask_size', to: 'done' }],
      },
    ]);
  });

  it('keeps the name of a removed block, and gives none to a block without one', () => {
    const named = apply(pizzaProject(), {
      type: 'updateBlock',
      id: 'done',
      patch: { name: 'Finish' },
    }).project;
    const removed = apply(named, { type: 'deleteBlocks', ids: ['done'] });
    expect(summarizeDiff(removed.diff).blockDetails).toEqual([{ id: 'done', name: 'Finish' }]);
    const { diff } = apply(pizzaProject(), { type: 'updateBlock', id: 'done', patch: { code: 'x()' } });
    expect(summarizeDiff(diff).blockDetails).toEqual([
      { id: 'done', changes: [{ kind: 'field', field: 'code' }] },
    ]);
  });
});
