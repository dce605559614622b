// History compaction, so a year of work stays small: automatic revisions older than the cut-off are
// thinned to one a day, every kept revision before the cut-off gets a snapshot, and the journal
// entries before the cut-off are dropped (their undo steps with them). Named revisions are always kept.
import type { Database } from 'better-sqlite3';
import { applyDiff, invertDiff } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { checkedDiff } from './history-check';
import type { Journal } from './journal';
import type { RevisionLog } from './revision-log';
import { storeError, StoreFailure } from './store-error';

export interface CompactOptions {
  /** Journal entries newer than this stay (default 30 days). */
  keepDays?: number;
  /** The newest entries that always stay, whatever their age (default 1,000). */
  keepEntries?: number;
}

export interface CompactReport {
  /** Journal revision at and below which entries were dropped (unchanged if nothing was). */
  floor: number;
  entriesDropped: number;
  revisionsDropped: number;
  snapshotsWritten: number;
}

const DAY = 86_400_000;

export function compactHistory(
  db: Database,
  journal: Journal,
  revisions: RevisionLog,
  current: Project,
  head: number,
  now: number,
  options: CompactOptions,
): CompactReport {
  const keepDays = options.keepDays ?? 30;
  const keepEntries = options.keepEntries ?? 1000;
  const floor = journal.floor();
  const report: CompactReport = { floor, entriesDropped: 0, revisionsDropped: 0, snapshotsWritten: 0 };
  // The cut-off: old enough, outside the newest entries, and at a step boundary (a step is never split).
  const cut = db
    .prepare(
      `SELECT MAX(rev) FROM journal j WHERE at < ? AND rev <= ? - ?
         AND NOT EXISTS (SELECT 1 FROM journal n WHERE n.rev > j.rev AND n.step <= j.rev AND n.kind IN ('edit', 'restore'))`,
    )
    .pluck()
    .get(now - keepDays * DAY, head, keepEntries) as number | null;
  if (!cut) return report;

  db.transaction(() => {
    const old = revisions.list().filter((r) => r.rev <= cut);
    const days = new Set<string>();
    const drop: number[] = [];
    // Newest first: the last automatic revision of each day survives.
    for (const r of old) {
      if (!r.auto) continue;
      const day = r.at.slice(0, 10);
      if (days.has(day)) drop.push(r.id);
      else days.add(day);
    }
    revisions.remove(drop);
    report.revisionsDropped = drop.length;
    const kept = old.filter((r) => !drop.includes(r.id) && !r.hasSnapshot).sort((a, b) => b.rev - a.rev);
    // Walk back from the current document once, snapshotting each kept revision on the way.
    let project = current;
    let at = head;
    for (const r of kept) {
      if (r.rev < floor) continue;
      for (const { rev, diff } of entriesDescending(db, r.rev, at)) {
        const result = applyDiff(project, invertDiff(diff));
        if (!result.ok)
          throw new StoreFailure(
            storeError('history-conflict', `Entry ${rev} does not replay: ${result.error.message}`),
          );
        project = result.project;
      }
      at = r.rev;
      revisions.setSnapshot(r.id, project);
      report.snapshotsWritten++;
    }
    report.entriesDropped = journal.dropThrough(cut);
    report.floor = cut;
  }).immediate();
  db.pragma('incremental_vacuum');
  return report;
}

function entriesDescending(db: Database, from: number, to: number) {
  return (
    db
      .prepare('SELECT rev, diff FROM journal WHERE rev > ? AND rev <= ? ORDER BY rev DESC')
      .all(from, to) as { rev: number; diff: Buffer }[]
  ).map((row) => ({ rev: row.rev, diff: checkedDiff(row.diff, row.rev) }));
}
