import { describe, expect, it, vi } from 'vitest';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';

const twoBlocks = () => project([message('welcome', 'Hi'), message('bye', 'Bye')]);

describe('editor store', () => {
  it('applies a gesture locally at once and sends the same commands to the backend as one labelled call', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createEditorStore(twoBlocks(), { backend });
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
        baseRevision: 0,
      },
    ]);
  });

  it('refuses an invalid command without changing the document or calling the backend', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createEditorStore(twoBlocks(), { backend });
    const before = store.getState().project;
    const result = store
      .getState()
      .apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'nowhere' }], 'Connect');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-block' } });
    expect(store.getState().project).toBe(before);
    await store.whenSynced();
    expect(backend.calls).toEqual([]);
  });

  it('undoes and redoes a whole gesture through the backend, showing its diff and its labels', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createEditorStore(twoBlocks(), { backend });
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
    expect(await store.getState().undo()).toBe(true);
    expect(store.getState().project).toEqual(original);
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Gesture' });
    expect(await store.getState().redo()).toBe(true);
    expect(store.getState().project).toEqual(edited);
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Gesture' });
    await store.whenSynced();
    expect(backend.calls.map((c) => c.method)).toEqual(['applyCommands', 'undo', 'redo']);
  });

  it('keeps edits made while an undo is on its way, replayed on the undone document', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createEditorStore(twoBlocks(), { backend });
    store.getState().apply([{ type: 'updateBlock', id: 'bye', patch: { notes: 'first' } }], 'Note');
    const undone = store.getState().undo();
    store.getState().apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    // Shown at once, before the backend has answered anything.
    expect(store.getState()).toMatchObject({ canUndo: true, undoLabel: 'Connect' });
    expect(store.getState().block('welcome')).toMatchObject({ next: 'bye' });
    expect(await undone).toBe(true);
    await store.whenSynced();
    expect(store.getState().block('bye')!.notes).toBeUndefined();
    expect(store.getState().block('welcome')).toMatchObject({ next: 'bye' });
    expect((await backend.load()).project).toEqual(store.getState().project);
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Connect' });
  });

  it('drops an edit that no longer fits the undone document, keeping and sending the ones before it', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createEditorStore(twoBlocks(), { backend });
    const s = () => store.getState();
    s().apply([{ type: 'addBlock', flow: 'main', block: message('extra', 'More') }], 'Add extra');
    const undone = s().undo();
    s().apply([{ type: 'updateBlock', id: 'bye', patch: { notes: 'kept' } }], 'Note on bye');
    s().apply([{ type: 'updateBlock', id: 'extra', patch: { notes: 'gone' } }], 'Note on extra');
    expect(await undone).toBe(true);
    await store.whenSynced();
    expect(s().syncError).toContain('“Note on extra” no longer applied');
    expect(s().block('extra')).toBeUndefined();
    expect(s().block('bye')!.notes).toBe('kept');
    expect((await backend.load()).project).toEqual(s().project);
    expect(s()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Note on bye' });
  });

  it('takes an edit that the undo before it made moot, which the backend answers by changing nothing', async () => {
    const backend = memoryBackend(twoBlocks());
    const store = createEditorStore(twoBlocks(), { backend });
    const s = () => store.getState();
    s().apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    await store.whenSynced();
    const undone = s().undo();
    // Made on the document still showing the connection; the undo takes the connection away first.
    s().apply([{ type: 'disconnect', block: 'welcome', slot: 'next' }], 'Disconnect');
    expect(await undone).toBe(true);
    await store.whenSynced();
    expect(s().syncError).toBeNull();
    expect(s().block('welcome')).not.toMatchObject({ next: 'bye' });
    expect((await backend.load()).project).toEqual(s().project);
    expect(s()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Connect' });
  });

  it('reloads the project from the backend and says so when the backend refuses an edit', async () => {
    const saved = twoBlocks();
    const backend = memoryBackend(saved);
    backend.applyCommands = async () => {
      throw new Error('disk full');
    };
    const store = createEditorStore(twoBlocks(), { backend });
    store.getState().apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    await store.whenSynced();
    expect(store.getState().project).toBe(saved);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().syncError).toContain('disk full');
  });

  it('reloads the backend document when the backend has moved on from the revision an edit was based on', async () => {
    const backend = memoryBackend(twoBlocks());
    const elsewhere = await backend.applyCommands(
      [{ type: 'updateBlock', id: 'bye', patch: { notes: 'other window' } }],
      'Other window',
      0,
    );
    expect(elsewhere.revision).toBe(1);
    const store = createEditorStore(twoBlocks(), { backend });
    store.getState().apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    await store.whenSynced();
    expect(store.getState().syncError).toContain('revision 0 but the project is at 1');
    expect(store.getState().block('bye')!.notes).toBe('other window');
    expect(store.getState().block('welcome')!).not.toHaveProperty('next', 'bye');
    expect(store.getState()).toMatchObject({ canUndo: true, undoLabel: 'Other window' });
  });

  it('selects with replace, add, toggle and remove, and forgets the selection when the flow changes', () => {
    const store = createEditorStore(twoBlocks(), { backend: memoryBackend(twoBlocks()) });
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
    const store = createEditorStore(p, { backend: memoryBackend(p) });
    store.getState().focusBlock('hours');
    expect(store.getState()).toMatchObject({ activeFlow: 'faq', focus: { blockId: 'hours' } });
    expect([...store.getState().selected]).toEqual(['hours']);
  });

  it('validates first once the canvas is shown, then after edits, and keeps the worst severity per block', async () => {
    const store = createEditorStore(twoBlocks(), {
      backend: memoryBackend(twoBlocks()),
      validateDelayMs: 0,
      firstValidationMs: 60_000,
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
    // Not while the store is made, nor before the canvas has shown its first page: at the next idle moment after.
    await new Promise((r) => setTimeout(r, 100));
    expect(store.getState().diagnostics).toEqual([]);
    store.getState().markCanvasShown();
    await vi.waitFor(() => expect(store.getState().blockSeverity.get('welcome')).toBe('error'));
    store.getState().apply([{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }], 'Connect');
    await new Promise((r) => setTimeout(r, 5));
    expect(store.getState().blockSeverity.has('welcome')).toBe(false);
    expect(store.getState().diagnostics).toHaveLength(2);
    store.dispose();
  });

  it('validates first after firstValidationMs when no canvas says it is shown', async () => {
    const diagnostic = {
      code: 'input-without-next' as const,
      severity: 'warning' as const,
      message: 'waits',
      location: { blockId: 'welcome', path: '' },
    };
    const store = createEditorStore(twoBlocks(), {
      backend: memoryBackend(twoBlocks()),
      firstValidationMs: 20,
      validate: () => [diagnostic],
    });
    expect(store.getState().diagnostics).toEqual([]);
    await vi.waitFor(() => expect(store.getState().diagnostics).toEqual([diagnostic]));
    store.dispose();
  });
});
