import { describe, expect, it } from 'vitest';
import { createProjectStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';

const twoBlocks = () => project([message('welcome', 'Hi'), message('bye', 'Bye')]);

describe('project store', () => {
  it('applies a gesture locally at once and sends the same commands to the backend as one labelled call', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createProjectStore(twoBlocks(), { backend });
    const result = store
      .getState()
      .apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    expect(result.ok).toBe(true);
    expect(store.getState().block('welcome')).toMatchObject({ next: 'bye' });
    await store.whenSynced();
    expect(backend.calls).toEqual([
      {
        method: 'applyCommands',
        commands: [{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }],
        label: 'Connect',
      },
    ]);
  });

  it('refuses an invalid command without changing the document or calling the backend', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createProjectStore(twoBlocks(), { backend });
    const before = store.getState().project;
    const result = store
      .getState()
      .apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'nowhere' }], 'Connect');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-block' } });
    expect(store.getState().project).toBe(before);
    await store.whenSynced();
    expect(backend.calls).toEqual([]);
  });

  it('undoes and redoes a whole gesture and tells the backend to move its matching step', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createProjectStore(twoBlocks(), { backend });
    const original = store.getState().project;
    store.getState().apply(
      [
        { type: 'moveBlocks', moves: [{ id: 'welcome', position: { x: 50, y: 60 } }] },
        { type: 'connect', block: 'welcome', slot: 'next', target: 'bye' },
      ],
      'Gesture',
    );
    const edited = store.getState().project;
    expect(store.getState()).toMatchObject({ canUndo: true, undoLabel: 'Gesture' });
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().project).toEqual(original);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().project).toEqual(edited);
    await store.whenSynced();
    expect(backend.calls.map((c) => c.method)).toEqual(['applyCommands', 'undo', 'redo']);
  });

  it('reloads the project from the backend and says so when the backend refuses an edit', async () => {
    const saved = twoBlocks();
    const backend = memoryBackend(saved);
    backend.applyCommands = async () => {
      throw new Error('disk full');
    };
    const store = createProjectStore(twoBlocks(), { backend });
    store.getState().apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    await store.whenSynced();
    expect(store.getState().project).toBe(saved);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().syncError).toContain('disk full');
  });

  it('selects with replace, add, toggle and remove, and forgets the selection when the flow changes', () => {
    const store = createProjectStore(twoBlocks(), { backend: memoryBackend(twoBlocks()) });
    const s = () => store.getState();
    s().select(['welcome']);
    s().select(['bye'], 'add');
    expect([...s().selected]).toEqual(['welcome', 'bye']);
    s().select(['welcome'], 'toggle');
    expect([...s().selected]).toEqual(['bye']);
    s().select(['bye'], 'remove');
    expect(s().selected.size).toBe(0);
    s().select(['welcome']);
    s().apply([{ type: 'addFlow', id: 'other', name: 'Other' }], 'Add flow');
    s().setActiveFlow('other');
    expect(s().selected.size).toBe(0);
  });

  it('focusing a block of another flow switches to that flow and selects the block', () => {
    const p = project([message('welcome', 'Hi')]);
    p.flows.push({ id: 'faq', name: 'FAQ', blocks: [message('hours', 'We open at 9')] });
    const store = createProjectStore(p, { backend: memoryBackend(p) });
    store.getState().focusBlock('hours');
    expect(store.getState()).toMatchObject({ activeFlow: 'faq', focus: { blockId: 'hours' } });
    expect([...store.getState().selected]).toEqual(['hours']);
  });

  it('validates after edits and keeps the worst severity per block for the markers', async () => {
    const store = createProjectStore(twoBlocks(), {
      backend: memoryBackend(twoBlocks()),
      validateDelayMs: 0,
      validate: (p) =>
        p.flows[0]!.blocks.filter((b) => b.type === 'message' && !b.next).flatMap((b) => [
          {
            code: 'input-without-next' as const,
            severity: 'warning' as const,
            message: 'waits',
            location: { blockId: b.id, path: '' },
          },
          {
            code: 'dangling-reference' as const,
            severity: 'error' as const,
            message: 'bad',
            location: { blockId: b.id, path: '' },
          },
        ]),
    });
    expect(store.getState().blockSeverity.get('welcome')).toBe('error');
    store.getState().apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    await new Promise((r) => setTimeout(r, 5));
    expect(store.getState().blockSeverity.has('welcome')).toBe(false);
    expect(store.getState().diagnostics).toHaveLength(2);
    store.dispose();
  });
});
