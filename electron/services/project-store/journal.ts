// The journal: one row per applied batch (or undo, redo, restore) with its diff and label. It is the
// project's one edit history: its rev is the revision a client gets back as the acknowledgement that the
// edit is on disk, and undo/redo with their labels are rebuilt from it. (The schema's `mark` column, once
// used to join batches into one step, is no longer written; files that hold marks read the same: `step`
// already says which entries form a step.)
import type { Database } from 'better-sqlite3';
import type { ProjectDiff } from '../../../engine/edit';
import { encodeJson } from './codec';
import { checkedDiff } from './history-check';
import { statement } from './statements';

export type JournalKind = 'edit' | 'undo' | 'redo' | 'restore';

export interface JournalEntry {
  rev: number;
  at: number;
  who: string;
  kind: JournalKind;
  /** The undo step this entry belongs to (the rev that opened it); undo/redo entries open none. */
  step: number;
  /** For undo and redo: the step taken back or re-applied. */
  target: number | null;
  label: string;
}

export interface NewEntry {
  at: number;
  who: string;
  kind: JournalKind;
  /** The step to join; undefined opens a new step at this entry's rev. */
  step?: number;
  target?: number;
  label: string;
  diff: ProjectDiff;
}

export class Journal {
  constructor(private readonly db: Database) {}

  head(): number {
    return (
      (statement(this.db, 'SELECT COALESCE(MAX(rev), 0) FROM journal').pluck().get() as number) ||
      this.floor()
    );
  }

  /** The last rev compacted away (entries at or below it are gone); 0 when nothing was compacted. */
  floor(): number {
    const v = statement(this.db, "SELECT value FROM meta WHERE key = 'journal_floor'").pluck().get() as
      string | undefined;
    return v ? Number(v) : 0;
  }

  append(entry: NewEntry): number {
    const rev = Math.max(this.head(), this.floor()) + 1;
    statement(
      this.db,
      'INSERT INTO journal (rev, at, who, kind, step, target, label, diff) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      rev,
      entry.at,
      entry.who,
      entry.kind,
      entry.step ?? rev,
      entry.target ?? null,
      entry.label,
      encodeJson(entry.diff),
    );
    return rev;
  }

  last(): JournalEntry | undefined {
    return statement(
      this.db,
      'SELECT rev, at, who, kind, step, target, label FROM journal ORDER BY rev DESC LIMIT 1',
    ).get() as JournalEntry | undefined;
  }

  /** Entries (without diffs) after `rev`, oldest first. */
  entriesAfter(rev: number): JournalEntry[] {
    return statement(
      this.db,
      'SELECT rev, at, who, kind, step, target, label FROM journal WHERE rev > ? ORDER BY rev',
    ).all(rev) as JournalEntry[];
  }

  /** The diffs of the entries in (from, to], oldest first, each checked (throws `invalid-history`). */
  diffsBetween(from: number, to: number): ProjectDiff[] {
    return checked(
      statement(this.db, 'SELECT rev, diff FROM journal WHERE rev > ? AND rev <= ? ORDER BY rev').all(
        from,
        to,
      ) as DiffRow[],
    );
  }

  /** The diffs of a step's own entries (its edits and restores, not undos of it), oldest first, each checked. */
  stepDiffs(step: number): ProjectDiff[] {
    return checked(
      statement(
        this.db,
        "SELECT rev, diff FROM journal WHERE step = ? AND kind IN ('edit', 'restore') ORDER BY rev",
      ).all(step) as DiffRow[],
    );
  }

  count(): number {
    return statement(this.db, 'SELECT COUNT(*) FROM journal').pluck().get() as number;
  }

  /** Drops the entries at or below `rev` (compaction) and remembers the floor. */
  dropThrough(rev: number): number {
    const dropped = statement(this.db, 'DELETE FROM journal WHERE rev <= ?').run(rev).changes;
    statement(this.db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('journal_floor', ?)").run(
      String(Math.max(rev, this.floor())),
    );
    return dropped;
  }
}

interface DiffRow {
  rev: number;
  diff: Buffer;
}

const checked = (rows: DiffRow[]): ProjectDiff[] => rows.map((row) => checkedDiff(row.diff, row.rev));
