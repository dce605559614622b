import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createProject,
  openProject,
  type OpenOptions,
  type ProjectFile,
} from '../../../../electron/services/project-store';
import type { Block } from '../../../../engine/model';
import { smallProject } from './sample-project';
import { fakeClock, useTempDir } from './temp-dir';

const dir = useTempDir();
const DAY = 86_400_000;

function create(options: OpenOptions = {}): ProjectFile {
  const r = createProject(path.join(dir(), 'p.botloom'), smallProject(), {
    autoCheckpointMs: 0,
    heartbeatMs: 0,
    who: 'ann',
    ...options,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const msg = (id: string): Block => ({ id, type: 'message', messages: [{ kind: 'text', text: id }] }) as Block;
const add = (store: ProjectFile, id: string) =>
  store.applyCommands([{ type: 'addBlock', flow: 'main', block: msg(id) }]);

describe('revisions', () => {
  it('lists checkpoints newest first with who, when and what changed since the previous one', () => {
    const clock = fakeClock();
    const store = create({ clock });
    add(store, 'a');
    add(store, 'b');
    store.applyCommands([{ type: 'updateBlock', id: 'welcome', patch: { name: 'Hello' } }]);
    clock.tick(60_000);
    store.checkpoint('Before review');
    store.applyCommands([{ type: 'deleteBlocks', ids: ['a'] }]);
    store.checkpoint();
    const list = store.listRevisions();
    expect(list.map((r) => r.name)).toEqual([null, 'Before review', 'Created']);
    expect(list[1]).toMatchObject({
      who: 'ann',
      rev: 3,
      at: new Date(clock.now()).toISOString(),
      auto: false,
    });
    expect(list[1]!.summary.blocksAdded).toEqual(['a', 'b']);
    expect(list[1]!.summary.blocksChanged).toEqual(['welcome']);
    expect(list[1]!.summary.text).toBe('2 blocks added, 1 changed');
    expect(list[0]!.summary.blocksRemoved).toEqual(['a']);
    store.close();
  });

  it('diffs two revisions: blocks added, removed and changed', () => {
    const store = create();
    const created = store.listRevisions()[0]!.id;
    add(store, 'x');
    store.applyCommands([{ type: 'deleteBlocks', ids: ['done'] }]);
    store.applyCommands([{ type: 'updateBlock', id: 'welcome', patch: { name: 'W' } }]);
    const later = store.checkpoint('later').id;
    const d = store.diffRevisions(created, later);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value.blocksAdded).toEqual(['x']);
    expect(d.value.blocksRemoved).toEqual(['done']);
    expect(d.value.blocksChanged).toContain('welcome');
    const toNow = store.diffRevisions(later, 'current');
    expect(toNow.ok && toNow.value.empty).toBe(true);
    expect(store.diffRevisions(999, 'current').ok).toBe(false);
    store.close();
  });

  it('restores a revision, and the restore itself can be undone', () => {
    const store = create();
    const original = store.project;
    const created = store.listRevisions()[0]!.id;
    add(store, 'x');
    store.applyCommands([{ type: 'updateSettings', patch: { name: 'Renamed bot' } }]);
    const edited = store.project;
    const r = store.restoreRevision(created);
    expect(r.ok).toBe(true);
    expect(store.project).toEqual(original);
    store.undo();
    expect(store.project).toEqual(edited);
    store.redo();
    expect(store.project).toEqual(original);
    store.close();
  });

  it('takes automatic checkpoints on the timer, only when something changed', () => {
    const clock = fakeClock();
    const store = create({ clock, autoCheckpointMs: 300_000 });
    clock.tick(300_000);
    expect(store.listRevisions()).toHaveLength(1);
    add(store, 'a');
    clock.tick(300_000);
    const list = store.listRevisions();
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ auto: true, name: null });
    clock.tick(600_000);
    expect(store.listRevisions()).toHaveLength(2);
    store.close();
  });

  it('compacts a year of history: old journal entries go, every kept revision stays restorable', () => {
    const clock = fakeClock();
    const store = create({ clock, snapshotEvery: 100_000 });
    const states = new Map<number, unknown>();
    for (let day = 0; day < 60; day++) {
      for (let i = 0; i < 10; i++) {
        store.applyCommands([{ type: 'updateBlock', id: 'welcome', patch: { name: `d${day}-${i}` } }]);
        clock.tick(60_000);
        if (i % 5 === 4) store.checkpoint(undefined, { auto: true });
      }
      if (day % 10 === 0) states.set(store.checkpoint(`day ${day}`).id, store.project);
      clock.tick(DAY - 600_000);
    }
    for (const r of store.listRevisions())
      if (!states.has(r.id))
        states.set(
          r.id,
          store.projectAt(r.id).ok ? (store.projectAt(r.id) as { value: unknown }).value : null,
        );
    const entriesBefore = store.revision;
    const report = store.compactHistory({ keepDays: 7, keepEntries: 50 });
    expect(report.entriesDropped).toBeGreaterThan(entriesBefore - 100);
    expect(report.revisionsDropped).toBeGreaterThan(0);
    const kept = store.listRevisions();
    expect(kept.filter((r) => r.name?.startsWith('day ')).length).toBe(6);
    for (const r of kept) {
      const p = store.projectAt(r.id);
      expect(p.ok).toBe(true);
      if (p.ok) expect(p.value).toEqual(states.get(r.id));
    }
    // Undo still works for the recent steps that were kept.
    const before = store.project;
    expect(store.undo().ok).toBe(true);
    expect(store.project).not.toEqual(before);
    const file = store.file;
    store.close();
    const again = openProject(file, { autoCheckpointMs: 0 });
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.value.listRevisions().length).toBe(kept.length);
      again.value.close();
    }
  });
});
