import { describe, expect, it } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import {
  alignSelection,
  danglingAfterDelete,
  deleteBlocks,
  duplicateSelection,
  paste,
  selectAll,
} from '../../../renderer/canvas/canvas-actions';
import { copyBlocks } from '../../../engine/edit';
import { searchBlocks } from '../../../renderer/canvas/block-search';
import { SHORTCUTS } from '../../../renderer/canvas/shortcuts';
import { message, project } from '../fixtures';
import type { Project } from '../../../engine/model';

function setup(): { store: ReturnType<typeof createEditorStore>; p: Project } {
  const p = project(
    [
      message('welcome', 'Hi there', { next: 'ask', position: { x: 0, y: 0 } } as never),
      message('ask', 'Your name?', { name: 'Ask name', position: { x: 300, y: 120 } } as never),
      message('bye', 'Bye {user.name}', { position: { x: 40, y: 400 } } as never),
    ],
    { intents: [{ id: 'hello', examples: ['hi'], block: 'ask' }] },
  );
  return { store: createEditorStore(p, { backend: memoryBackend(p) }), p };
}

describe('canvas actions', () => {
  it('lists the references a delete would leave dangling, including intents and the start block', () => {
    const { store } = setup();
    expect(danglingAfterDelete(store.getState(), new Set(['ask']))).toEqual([
      'welcome (next) → ask',
      'intent hello → ask',
    ]);
    expect(danglingAfterDelete(store.getState(), new Set(['welcome']))).toEqual([
      "the project's start block → welcome",
    ]);
    expect(danglingAfterDelete(store.getState(), new Set(['bye']))).toEqual([]);
  });

  it('deletes the selection and clears it; undo brings the blocks back', async () => {
    const { store, p } = setup();
    store.getState().select(['bye']);
    expect(deleteBlocks(store, ['bye']).ok).toBe(true);
    expect(store.getState().selected.size).toBe(0);
    expect(store.getState().block('bye')).toBeUndefined();
    await store.getState().undo();
    expect(store.getState().project).toEqual(p);
  });

  it('duplicates and pastes with renamed ids, offset positions, and the copies selected', async () => {
    const { store } = setup();
    store.getState().select(['welcome', 'ask']);
    const result = await duplicateSelection(store);
    expect(result?.ok).toBe(true);
    expect([...store.getState().selected]).toEqual(['welcome_2', 'ask_2']);
    // References among the copied blocks follow the new ids.
    expect(store.getState().block('welcome_2')).toMatchObject({ next: 'ask_2', position: { x: 40, y: 40 } });
    const copied = copyBlocks(store.getState().project, ['bye']);
    const pasted = await paste(store, copied.ok ? copied.text : null);
    expect(pasted?.ok).toBe(true);
    expect(store.getState().block('bye_2')).toBeDefined();
    expect(await paste(store, 'not blocks')).toMatchObject({
      ok: false,
      error: { code: 'invalid-clipboard' },
    });
  });

  it('steps each paste of the same blocks past the previous copy, one undo step each', async () => {
    const { store } = setup();
    const copied = copyBlocks(store.getState().project, ['welcome', 'ask']);
    const text = copied.ok ? copied.text : null;
    for (let i = 0; i < 3; i++) expect((await paste(store, text))?.ok).toBe(true);
    const at = (id: string) => store.getState().block(id)?.position;
    expect([at('welcome_2'), at('welcome_3'), at('welcome_4')]).toEqual([
      { x: 40, y: 40 },
      { x: 80, y: 80 },
      { x: 120, y: 120 },
    ]);
    expect(at('ask_4')).toEqual({ x: 420, y: 240 });
    await store.getState().undo();
    expect(store.getState().block('welcome_4')).toBeUndefined();
    // Once the copies are moved away, the next paste takes the first free place again.
    store.getState().apply(
      [
        {
          type: 'moveBlocks',
          moves: [
            { id: 'welcome_2', position: { x: 900, y: 900 } },
            { id: 'ask_2', position: { x: 900, y: 1200 } },
          ],
        },
      ],
      'Move',
    );
    expect((await paste(store, text))?.ok).toBe(true);
    expect(at('welcome_4')).toEqual({ x: 40, y: 40 });
  });

  it('aligns the selected blocks in one undoable step', () => {
    const { store } = setup();
    selectAll(store);
    expect(store.getState().selected.size).toBe(3);
    expect(alignSelection(store, 'left')?.ok).toBe(true);
    expect(store.getState().project.flows[0]!.blocks.map((b) => b.position!.x)).toEqual([0, 0, 0]);
    expect(store.getState().undoLabel).toBe('Align left');
    store.getState().select(['ask']);
    expect(alignSelection(store, 'top')).toBeUndefined();
  });

  it('searches by id, name and any text, best matches first', () => {
    const { p } = setup();
    expect(searchBlocks(p, 'ask').map((h) => [h.blockId, h.match])).toEqual([['ask', 'id']]);
    expect(searchBlocks(p, 'Ask name')[0]).toMatchObject({ blockId: 'ask', match: 'name' });
    expect(searchBlocks(p, 'user.name')[0]).toMatchObject({ blockId: 'bye', flowId: 'main' });
    expect(searchBlocks(p, '   ')).toEqual([]);
  });

  it('has one shortcut per action and no key that triggers two of them', () => {
    expect(new Set(SHORTCUTS.map((s) => s.action)).size).toBe(SHORTCUTS.length);
    const probe = (init: KeyboardEventInit) =>
      SHORTCUTS.filter((s) =>
        s.match({
          ctrlKey: false,
          metaKey: false,
          altKey: false,
          shiftKey: false,
          key: '',
          code: '',
          ...init,
        } as KeyboardEvent),
      ).map((s) => s.action);
    expect(probe({ key: 'z', ctrlKey: true })).toEqual(['undo']);
    expect(probe({ key: 'Z', ctrlKey: true, shiftKey: true })).toEqual(['redo']);
    expect(probe({ key: 'k', metaKey: true })).toEqual(['search']);
    expect(probe({ key: '!', shiftKey: true, code: 'Digit1' })).toEqual(['zoomToFit']);
    expect(probe({ key: '1' })).toEqual(['addMessage']);
    expect(probe({ key: 'Delete' })).toEqual(['delete']);
  });
});
