import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createProject, openProject, type ProjectFile } from '../../../../electron/services/project-store';
import type { Block } from '../../../../engine/model';
import { largeProject, smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const opts = { autoCheckpointMs: 0 };

function create(project = smallProject()): ProjectFile {
  const r = createProject(path.join(dir(), 'p.botloom'), project, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function reopen(store: ProjectFile): ProjectFile {
  store.close();
  const r = openProject(store.file, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const msg = (id: string, text = id): Block =>
  ({ id, type: 'message', messages: [{ kind: 'text', text }] }) as Block;
const ids = (store: ProjectFile, flow = 0) => store.project.flows[flow]!.blocks.map((b) => b.id);

describe('applying commands', () => {
  it('acknowledges each batch with the next revision and keeps the change after reopening', () => {
    let store = create();
    const a = store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg('extra') }]);
    const b = store.applyCommands([{ type: 'updateBlock', id: 'extra', patch: { name: 'Extra' } }]);
    expect(a.ok && b.ok && [a.value.revision, b.value.revision]).toEqual([1, 2]);
    const expected = store.project;
    store = reopen(store);
    expect(store.project).toEqual(expected);
    expect(store.revision).toBe(2);
    store.close();
  });

  it('keeps notes and frames after reopening, and undoes a frame move with its blocks', () => {
    let store = create();
    const flow = store.project.flows[0]!.id;
    const first = store.project.flows[0]!.blocks[0]!;
    const frame = {
      id: 'fr',
      flow,
      title: 'Start',
      position: { x: (first.position?.x ?? 0) - 10, y: (first.position?.y ?? 0) - 10 },
      size: { width: 200, height: 200 },
    };
    store.applyCommands([
      { type: 'setNote', note: { id: 'n', flow, position: { x: 5, y: 5 }, text: 'Check' } },
      { type: 'setFrame', frame },
    ]);
    store.applyCommands([{ type: 'moveAnnotations', moves: [{ id: 'fr', position: { x: 990, y: 990 } }] }]);
    store = reopen(store);
    expect(store.project.frames![0]!.position).toEqual({ x: 990, y: 990 });
    expect(store.project.notes![0]!.text).toBe('Check');
    expect(store.undo().ok).toBe(true);
    expect(store.project.flows[0]!.blocks[0]!.position).toEqual(first.position);
    expect(store.project.frames![0]!.position).toEqual(frame.position);
    store.close();
  });

  it('writes only the changed block row for a block edit', () => {
    const store = create(largeProject(1000));
    const before = new Database(store.file, { readonly: true });
    const rows = () =>
      new Map(
        (before.prepare('SELECT id, json FROM blocks').raw().all() as [string, string][]).map(
          ([id, json]) => [id, json],
        ),
      );
    const old = rows();
    store.applyCommands([{ type: 'updateBlock', id: 'b00500', patch: { name: 'Renamed' } }]);
    const now = rows();
    const changed = [...now].filter(([id, json]) => old.get(id) !== json).map(([id]) => id);
    expect(changed).toEqual(['b00500']);
    before.close();
    store.close();
  });

  it('is all or nothing: a refused command in a batch leaves document and file unchanged', () => {
    const store = create();
    const before = store.project;
    const r = store.applyCommands([
      { type: 'updateBlock', id: 'welcome', patch: { name: 'W' } },
      { type: 'updateBlock', id: 'missing', patch: { name: 'M' } },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('edit-refused');
      expect(r.error.message).toMatch(/Command 2 \(updateBlock\)/);
    }
    expect(store.project).toBe(before);
    expect(store.revision).toBe(0);
    const again = reopen(store);
    expect(again.project).toEqual(before);
    again.close();
  });

  it('keeps block order through inserts at the front, in the middle and moves across flows', () => {
    let store = create();
    // Sixty inserts at the same place exhaust float precision between two keys: the flow is renumbered.
    for (let i = 0; i < 60; i++)
      store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg(`m${i}`), index: 1 }]);
    for (let i = 0; i < 5; i++)
      store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg(`f${i}`), index: 0 }]);
    store.applyCommands([{ type: 'addFlow', id: 'side', name: 'Side' }]);
    const moved = store.applyCommands([{ type: 'moveBlocksToFlow', ids: ['m3', 'f1'], flow: 'side' }]);
    expect(moved.ok).toBe(true);
    const expected = store.project;
    store = reopen(store);
    expect(ids(store)).toEqual(expected.flows[0]!.blocks.map((b) => b.id));
    expect(ids(store, 1)).toEqual(['m3', 'f1']);
    expect(store.project).toEqual(expected);
    store.close();
  });

  it('undoes and redoes, also after reopening the file', () => {
    let store = create();
    const original = store.project;
    store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg('one') }]);
    const afterOne = store.project;
    store.applyCommands([{ type: 'updateBlock', id: 'one', patch: { name: 'One' } }]);
    const afterTwo = store.project;
    store = reopen(store);
    expect(store.canUndo).toBe(true);
    expect(store.undo().ok).toBe(true);
    expect(store.project).toEqual(afterOne);
    store = reopen(store);
    expect(store.canRedo).toBe(true);
    store.redo();
    expect(store.project).toEqual(afterTwo);
    store.undo();
    store.undo();
    expect(store.project).toEqual(original);
    const none = store.undo();
    expect(none.ok && none.value).toBe(null);
    store = reopen(store);
    expect(store.project).toEqual(original);
    store.close();
  });

  it('answers where undo/redo stand with the labels the journal keeps, also after reopening', () => {
    let store = create();
    store.applyCommands([{ type: 'updateBlock', id: 'done', patch: { name: 'A' } }], { label: 'Rename A' });
    store.applyCommands([{ type: 'updateBlock', id: 'done', patch: { name: 'B' } }], { label: 'Rename B' });
    store.undo();
    const expected = { canUndo: true, canRedo: true, undoLabel: 'Rename A', redoLabel: 'Rename B' };
    expect(store.history).toEqual(expected);
    store = reopen(store);
    expect(store.history).toEqual(expected);
    store.undo();
    expect(store.history).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Rename A' });
    store.close();
  });

  it('refuses a batch made on another revision than the file is at, changing nothing', () => {
    const store = create();
    store.applyCommands([{ type: 'updateBlock', id: 'done', patch: { name: 'A' } }], { baseRevision: 0 });
    const before = store.project;
    const r = store.applyCommands([{ type: 'updateBlock', id: 'done', patch: { name: 'B' } }], {
      baseRevision: 0,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'stale-revision' } });
    expect(!r.ok && r.error.message).toContain('revision 0 but the file is at revision 1');
    expect([store.project, store.revision]).toEqual([before, 1]);
    store.close();
  });

  it('undoes as one step the entries an older file joined into one (its journal marks)', () => {
    let store = create();
    const original = store.project;
    for (const x of [10, 20, 30])
      store.applyCommands([{ type: 'moveBlocks', moves: [{ id: 'welcome', position: { x, y: 0 } }] }], {
        label: 'drag-1',
      });
    const file = store.file;
    store.close();
    const db = new Database(file);
    db.prepare("UPDATE journal SET step = 1, mark = 'drag-1' WHERE rev IN (1, 2, 3)").run();
    db.close();
    store = reopen(store);
    const undone = store.undo();
    expect(undone.ok && undone.value?.label).toBe('drag-1');
    expect(store.project).toEqual(original);
    expect(store.canUndo).toBe(false);
    store.close();
  });

  it('a new edit after undo clears redo', () => {
    const store = create();
    store.applyCommands([{ type: 'updateBlock', id: 'done', patch: { name: 'A' } }]);
    store.undo();
    expect(store.canRedo).toBe(true);
    store.applyCommands([{ type: 'updateBlock', id: 'done', patch: { name: 'B' } }]);
    expect(store.canRedo).toBe(false);
    store.close();
  });

  it('refuses edits after close', () => {
    const store = create();
    store.close();
    expect(() => store.applyCommands([])).toThrow(/closed/);
  });
});
