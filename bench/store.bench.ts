// Project store on a 5,000-block project with synchronous=FULL: commit latency of one edit, undo and redo, open
// with the integrity check, export, a revision snapshot and its view, and the size of 10,000 edits of history.
// Run: npx tsx bench/store.bench.ts (or npm run bench -- store)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProject, openProject, type ProjectFile } from '../electron/services/project-store';
import type { Command } from '../engine/edit';
import { largeProject } from '../test/electron/services/project-store/sample-project';
import { percentile, writeResults, type Figure } from './results';

const BLOCKS = 5_000;
const EDITS = 10_000;
const UNDOS = 200;
const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-bench-'));
const file = path.join(dir, 'bench.botloom');
const options = { autoCheckpointMs: 0, heartbeatMs: 0 };
const mb = (bytes: number) => bytes / 2 ** 20;

function open(): { store: ProjectFile; ms: number } {
  const t0 = performance.now();
  const r = openProject(file, options);
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(r.error.message);
  return { store: r.value, ms };
}

function fileBytes(): number {
  return statSync(file).size;
}

try {
  const project = largeProject(BLOCKS, 42);
  const created = createProject(file, project, options);
  if (!created.ok) throw new Error(created.error.message);
  created.value.close();
  const baseBytes = fileBytes();

  const opens: number[] = [];
  for (let i = 0; i < 10; i++) {
    const { store, ms } = open();
    opens.push(ms);
    store.close();
  }

  let { store } = open();
  const ids = store.project.flows.flatMap((f) => f.blocks.map((b) => b.id));
  const commit: number[] = [];
  const historyBefore = store.historyBytes();
  for (let i = 0; i < EDITS; i++) {
    const id = ids[(i * 7919) % ids.length]!;
    const command: Command =
      i % 2 === 0
        ? { type: 'updateBlock', id, patch: { notes: `note ${i}: reviewed with the team` } }
        : { type: 'moveBlocks', moves: [{ id, position: { x: i % 4000, y: (i * 13) % 3000 } }] };
    const t0 = performance.now();
    const r = store.applyCommands([command]);
    commit.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.message);
  }
  const historyBytes = store.historyBytes() - historyBefore;

  // Undo walks back over the last edits and redo forward again: each reads its step's diff from the journal
  // (checked, history-check.ts), applies its inverse and commits, as Ctrl+Z does.
  const undos: number[] = [];
  const redos: number[] = [];
  for (const [list, move] of [
    [undos, () => store.undo()],
    [redos, () => store.redo()],
  ] as const)
    for (let i = 0; i < UNDOS; i++) {
      const t0 = performance.now();
      const r = move();
      list.push(performance.now() - t0);
      if (!r.ok || !r.value) throw new Error(r.ok ? 'nothing to undo or redo' : r.error.message);
    }

  const exports: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    store.exportJson();
    exports.push(performance.now() - t0);
  }
  const snapshots: number[] = [];
  const snapshotIds: number[] = [];
  const checkpoints: number[] = [];
  for (let i = 0; i < 10; i++) {
    store.applyCommands([{ type: 'updateBlock', id: ids[i]!, patch: { notes: `checkpoint ${i}` } }]);
    let t0 = performance.now();
    snapshotIds.push(store.checkpoint(`snapshot ${i}`, { snapshot: true }).id);
    snapshots.push(performance.now() - t0);
    store.applyCommands([{ type: 'updateBlock', id: ids[i + 1]!, patch: { notes: `checkpoint ${i}` } }]);
    t0 = performance.now();
    store.checkpoint(`marker ${i}`, { snapshot: false });
    checkpoints.push(performance.now() - t0);
  }
  // A whole-file snapshot as Save As makes it: SQLite's VACUUM INTO (never a file copy), history included.
  const fileSnapshots: number[] = [];
  for (let i = 0; i < 5; i++) {
    const target = path.join(dir, `snapshot-${i}.botloom`);
    const t0 = performance.now();
    const copied = store.saveAs(target);
    fileSnapshots.push(performance.now() - t0);
    if (!copied.ok) throw new Error(copied.error.message);
  }
  // A revision viewed: its snapshot read back, checked as an opened document is (history-check.ts).
  const views = snapshotIds.map((id) => {
    const t0 = performance.now();
    const r = store.projectAt(id);
    if (!r.ok) throw new Error(r.error.message);
    return performance.now() - t0;
  });
  const first = store.listRevisions().at(-1)!;
  // The first revision has no snapshot: it is rebuilt by replaying every edit's inverse from the current document.
  const firstViews = [0, 1, 2].map(() => {
    const t0 = performance.now();
    const r = store.projectAt(first.id);
    if (!r.ok) throw new Error(r.error.message);
    return performance.now() - t0;
  });
  const restoreStart = performance.now();
  const restored = store.restoreRevision(first.id);
  const restoreMs = performance.now() - restoreStart;
  if (!restored.ok) throw new Error(restored.error.message);
  store.close();

  const reopens: number[] = [];
  for (let i = 0; i < 10; i++) {
    const o = open();
    reopens.push(o.ms);
    store = o.store;
    store.close();
  }

  const p95 = percentile(commit, 95);
  const openP50 = percentile(opens, 50);
  const reopenP50 = percentile(reopens, 50);
  const exportP50 = percentile(exports, 50);
  const snapshotP50 = percentile(snapshots, 50);
  const figures: Figure[] = [
    { name: 'one edit committed (updateBlock / moveBlocks) p50', value: percentile(commit, 50), unit: 'ms' },
    { name: 'one edit committed p95', value: p95, unit: 'ms', target: '≤ 1 ms', ok: p95 <= 1 },
    { name: 'one edit committed p99', value: percentile(commit, 99), unit: 'ms' },
    { name: `undo of one edit p50 (${UNDOS} steps back)`, value: percentile(undos, 50), unit: 'ms' },
    {
      name: 'undo of one edit p95',
      value: percentile(undos, 95),
      unit: 'ms',
      target: '≤ 1 ms',
      ok: percentile(undos, 95) <= 1,
    },
    {
      name: 'redo of one edit p95',
      value: percentile(redos, 95),
      unit: 'ms',
      target: '≤ 1 ms',
      ok: percentile(redos, 95) <= 1,
    },
    {
      name: 'open incl. integrity_check (new file) p50',
      value: openP50,
      unit: 'ms',
      target: '≤ 100 ms',
      ok: openP50 <= 100,
    },
    {
      name: `open incl. integrity_check (with ${EDITS} edits of history) p50`,
      value: reopenP50,
      unit: 'ms',
      target: '≤ 100 ms',
      ok: reopenP50 <= 100,
    },
    {
      name: 'export botloom/1 JSON p50',
      value: exportP50,
      unit: 'ms',
      target: '≤ 300 ms',
      ok: exportP50 <= 300,
    },
    {
      name: 'revision snapshot (checkpoint storing the whole project) p50',
      value: snapshotP50,
      unit: 'ms',
      target: '≤ 50 ms',
      ok: snapshotP50 <= 50,
    },
    { name: 'checkpoint as a journal position p50', value: percentile(checkpoints, 50), unit: 'ms' },
    {
      name: `file snapshot with VACUUM INTO (Save As, ${EDITS} edits of history) p50`,
      value: percentile(fileSnapshots, 50),
      unit: 'ms',
      target: '≤ 50 ms',
      ok: percentile(fileSnapshots, 50) <= 50,
    },
    { name: 'a revision with a snapshot viewed (projectAt) p50', value: percentile(views, 50), unit: 'ms' },
    {
      name: `the first revision viewed (projectAt, ${EDITS} edits back) p50`,
      value: percentile(firstViews, 50),
      unit: 'ms',
    },
    { name: `restore the first revision (${EDITS} edits back)`, value: restoreMs, unit: 'ms' },
    {
      name: `history of ${EDITS} edits`,
      value: mb(historyBytes),
      unit: 'MB',
      target: '≤ 20 MB',
      ok: mb(historyBytes) <= 20,
    },
    {
      name: 'file size: new / after the run',
      value: mb(baseBytes),
      unit: `MB / ${mb(fileBytes()).toFixed(1)} MB`,
    },
  ];
  writeResults(
    'store',
    'Project store: SQLite document on a 5,000-block project',
    figures,
    `synchronous=FULL, WAL, on ${os.tmpdir()}; ${EDITS} single-command batches (alternating updateBlock of a note and moveBlocks of one block), each one transaction that writes one block row and one journal row (the diff, deflated). Open reads the file, checks it with integrity_check in memory, reopens it read-write, takes the lock and loads every row. History size is what the journal and revisions tables take (SQLite dbstat). A revision snapshot is the project's JSON deflated into the revisions table of the same file (so history travels with the project and restore needs no second file); a checkpoint without it only records a journal position. The file snapshot is SQLite's VACUUM INTO, as Save As and duplicate make it (never a file copy). Undo walks ${UNDOS} steps back and redo forward again, each reading its diff from the journal and checking it record by record before applying it; a revision viewed reads its snapshot and checks it as an opened document, or (the first revision, which has none) replays every edit's checked inverse from the current document (history-check.ts).`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
