// Revisions: named or automatic checkpoints at a journal position, with who/when/what-changed, and the
// way back to any of them (a stored snapshot, or the journal's diffs replayed from the nearest state).
import type { Database } from 'better-sqlite3';
import { applyDiff, concatDiffs, invertDiff, type ProjectDiff } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { encodeJson } from './codec';
import { checkedSnapshot } from './history-check';
import { trimSummary, type ChangeSummary } from './change-summary';
import type { Journal } from './journal';
import { storeError, StoreFailure } from './store-error';

export interface RevisionInfo {
  id: number;
  /** The journal revision the checkpoint was taken at. */
  rev: number;
  /** ISO time. */
  at: string;
  who: string;
  name: string | null;
  auto: boolean;
  /** What changed since the previous revision. */
  summary: ChangeSummary;
  /** Whether a whole copy of the project is stored (else it is rebuilt from the journal). */
  hasSnapshot: boolean;
}

interface RevisionRow {
  id: number;
  rev: number;
  at: number;
  who: string;
  name: string | null;
  auto: number;
  summary: string;
  has_snapshot: number;
}

const COLUMNS = 'id, rev, at, who, name, auto, summary, snapshot IS NOT NULL AS has_snapshot';

function toInfo(r: RevisionRow): RevisionInfo {
  return {
    id: r.id,
    rev: r.rev,
    at: new Date(r.at).toISOString(),
    who: r.who,
    name: r.name,
    auto: r.auto === 1,
    summary: JSON.parse(r.summary) as ChangeSummary,
    hasSnapshot: r.has_snapshot === 1,
  };
}

export class RevisionLog {
  constructor(
    private readonly db: Database,
    private readonly journal: Journal,
  ) {}

  add(r: {
    rev: number;
    at: number;
    who: string;
    name?: string;
    auto: boolean;
    summary: ChangeSummary;
    snapshot?: Project;
  }): number {
    return Number(
      this.db
        .prepare(
          'INSERT INTO revisions (rev, at, who, name, auto, summary, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          r.rev,
          r.at,
          r.who,
          r.name ?? null,
          r.auto ? 1 : 0,
          JSON.stringify(trimSummary(r.summary)),
          r.snapshot ? encodeJson(r.snapshot) : null,
        ).lastInsertRowid,
    );
  }

  list(): RevisionInfo[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM revisions ORDER BY id DESC`).all() as RevisionRow[]).map(
      toInfo,
    );
  }

  get(id: number): RevisionInfo | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM revisions WHERE id = ?`).get(id) as
      RevisionRow | undefined;
    return row && toInfo(row);
  }

  latest(): RevisionInfo | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM revisions ORDER BY id DESC LIMIT 1`).get() as
      RevisionRow | undefined;
    return row && toInfo(row);
  }

  /** The rev of the newest revision that carries a snapshot, or -1. */
  lastSnapshotRev(): number {
    return (
      (this.db.prepare('SELECT MAX(rev) FROM revisions WHERE snapshot IS NOT NULL').pluck().get() as
        number | null) ?? -1
    );
  }

  setSnapshot(id: number, project: Project): void {
    this.db.prepare('UPDATE revisions SET snapshot = ? WHERE id = ?').run(encodeJson(project), id);
  }

  remove(ids: readonly number[]): void {
    const del = this.db.prepare('DELETE FROM revisions WHERE id = ?');
    for (const id of ids) del.run(id);
  }

  /**
   * The project as it was at journal revision `rev`: from the nearest snapshot at or before it (replaying
   * the journal forward), or from the current project (replaying inverses backward), whichever is shorter.
   */
  projectAt(rev: number, current: Project, head: number): Project {
    if (rev === head) return current;
    const floor = this.journal.floor();
    const exact = this.db
      .prepare('SELECT snapshot FROM revisions WHERE rev = ? AND snapshot IS NOT NULL LIMIT 1')
      .pluck()
      .get(rev) as Buffer | undefined;
    if (exact) return checkedSnapshot(exact, rev);
    const base = this.db
      .prepare(
        'SELECT rev, snapshot FROM revisions WHERE rev <= ? AND rev >= ? AND snapshot IS NOT NULL ORDER BY rev DESC LIMIT 1',
      )
      .get(rev, floor) as { rev: number; snapshot: Buffer } | undefined;
    if (rev < floor && !base)
      throw new StoreFailure(storeError('unknown-revision', `Revision ${rev} was compacted away.`));
    if (base && rev - base.rev < head - rev)
      return replay(
        checkedSnapshot(base.snapshot, base.rev),
        concatDiffs(this.journal.diffsBetween(base.rev, rev)),
      );
    if (rev > head)
      throw new StoreFailure(storeError('unknown-revision', `Revision ${rev} is newer than the file.`));
    return replay(current, invertDiff(concatDiffs(this.journal.diffsBetween(rev, head))));
  }
}

function replay(project: Project, diff: ProjectDiff): Project {
  const result = applyDiff(project, diff);
  if (!result.ok)
    throw new StoreFailure(
      storeError('history-conflict', `The history does not replay: ${result.error.message}`),
    );
  return result.project;
}
