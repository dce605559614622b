// ProjectStore: one open project file. The document lives in memory (parsed once); every batch of
// commands is applied with engine/edit, written (changed rows only) and journaled in one transaction
// under synchronous=FULL, and the returned revision number acknowledges that it is on disk.
import type { Database } from 'better-sqlite3';
import {
  applyCommand,
  applyDiff,
  concatDiffs,
  diffProjects,
  invertDiff,
  isEmptyDiff,
  type Command,
  type ProjectDiff,
} from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { summarizeChanges, type ChangeSummary } from './change-summary';
import type { StoreClock } from './clock';
import { refreshLock, releaseLock } from './file-lock';
import { Journal, type JournalEntry, type JournalKind } from './journal';
import { loadSortKeys, type SortKeys } from './project-rows';
import { stringifyProjectJson } from './project-json';
import { RevisionLog, type RevisionInfo } from './revision-log';
import { compactHistory, type CompactOptions, type CompactReport } from './compaction';
import { storeError, StoreFailure, type StoreResult } from './store-error';
import { UndoStack } from './undo-stack';
import { writeDiff } from './write-diff';
import { copyProjectFile } from './copy-file';

/** What an applied batch, undo, redo or restore did. `revision` is the acknowledgement. */
/** Commits after which the WAL is folded into the file even when the timer has not run (a busy loop). */
const WAL_COMMIT_CAP = 2000;

export interface AppliedChange {
  revision: number;
  diff: ProjectDiff;
  label: string;
}

export interface ApplyOptions {
  /** Batches with the same mark in a row are one undo step (a drag, a typing burst). */
  mark?: string;
  /** Shown in the history and the Undo menu; defaults to the mark or the command names. */
  label?: string;
}

/** A revision id, or 'current' for the document as it is now. */
export type RevisionRef = number | 'current';

export interface StoreContext {
  db: Database;
  file: string;
  readOnly: boolean;
  who: string;
  clock: StoreClock;
  project: Project;
  sortKeys: SortKeys;
  /** Milliseconds between automatic checkpoints (0: none). */
  autoCheckpointMs: number;
  /** Journal entries after which a checkpoint also stores a snapshot (bounds the replay on restore). */
  snapshotEvery: number;
  /** Interval of the lock's heartbeat (0: none). */
  heartbeatMs: number;
  /** Interval at which the WAL is folded into the file when there were commits (0: only by the cap). */
  walCheckpointMs: number;
  onClose(): void;
}

export class ProjectStore {
  readonly file: string;
  readonly readOnly: boolean;
  #db: Database;
  #project: Project;
  #sortKeys: SortKeys;
  #journal: Journal;
  #revisions: RevisionLog;
  #undo: UndoStack;
  #last: JournalEntry | undefined;
  #head: number;
  #ctx: StoreContext;
  #timers: unknown[] = [];
  #closed = false;
  /** Commits since the WAL was last folded into the file. */
  #walCommits = 0;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    this.file = ctx.file;
    this.readOnly = ctx.readOnly;
    this.#db = ctx.db;
    this.#project = ctx.project;
    this.#sortKeys = ctx.sortKeys;
    this.#journal = new Journal(ctx.db);
    this.#revisions = new RevisionLog(ctx.db, this.#journal);
    const floor = this.#journal.floor();
    const entries = this.#journal.entriesAfter(floor);
    this.#undo = UndoStack.fromJournal(entries);
    this.#last = entries.at(-1);
    this.#head = this.#last?.rev ?? floor;
    if (!ctx.readOnly) {
      if (ctx.heartbeatMs > 0)
        this.#timers.push(
          ctx.clock.setInterval(() => refreshLock(this.#db, ctx.clock.now()), ctx.heartbeatMs),
        );
      if (ctx.walCheckpointMs > 0)
        this.#timers.push(ctx.clock.setInterval(() => this.#foldWal(), ctx.walCheckpointMs));
      if (ctx.autoCheckpointMs > 0)
        this.#timers.push(ctx.clock.setInterval(() => this.autoCheckpoint(), ctx.autoCheckpointMs));
    }
  }

  /** The current document (immutable: replace it only through commands). */
  get project(): Project {
    return this.#project;
  }

  /** The journal revision of the current document. */
  get revision(): number {
    return this.#head;
  }

  get canUndo(): boolean {
    return this.#undo.canUndo;
  }

  get canRedo(): boolean {
    return this.#undo.canRedo;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Applies the commands in order, all or none, and commits them (with their diff) in one transaction. */
  applyCommands(commands: readonly Command[], options: ApplyOptions = {}): StoreResult<AppliedChange> {
    this.#writable();
    let project = this.#project;
    const diffs: ProjectDiff[] = [];
    for (const [i, command] of commands.entries()) {
      const result = applyCommand(project, command);
      if (!result.ok)
        return {
          ok: false,
          error: storeError(
            'edit-refused',
            `Command ${i + 1} (${command.type}) was refused: ${result.error.message}`,
            {
              file: this.file,
              issues: [{ path: [i, ...result.error.path].join('.'), message: result.error.message }],
            },
          ),
        };
      project = result.project;
      diffs.push(result.diff);
    }
    const diff = concatDiffs(diffs);
    const label = options.label ?? options.mark ?? commands.map((c) => c.type).join(', ');
    const last = this.#last;
    const joins =
      options.mark !== undefined &&
      last?.kind === 'edit' &&
      last.mark === options.mark &&
      this.#undo.undo.at(-1) === last.step;
    return {
      ok: true,
      value: this.#commit(project, diff, {
        kind: 'edit',
        label,
        mark: options.mark,
        step: joins ? last.step : undefined,
      }),
    };
  }

  /** Takes back the last undo step (a restore is a step too). `null` when there is nothing to undo. */
  undo(): StoreResult<AppliedChange | null> {
    return this.#move('undo');
  }

  redo(): StoreResult<AppliedChange | null> {
    return this.#move('redo');
  }

  #move(kind: 'undo' | 'redo'): StoreResult<AppliedChange | null> {
    this.#writable();
    const step = (kind === 'undo' ? this.#undo.undo : this.#undo.redo).at(-1);
    if (step === undefined) return { ok: true, value: null };
    const forward = concatDiffs(this.#journal.stepDiffs(step));
    const diff = kind === 'undo' ? invertDiff(forward) : forward;
    const result = applyDiff(this.#project, diff);
    if (!result.ok)
      return {
        ok: false,
        error: storeError('history-conflict', `Cannot ${kind}: ${result.error.message}`, { file: this.file }),
      };
    const label = this.#db.prepare('SELECT label FROM journal WHERE rev = ?').pluck().get(step) as string;
    return { ok: true, value: this.#commit(result.project, diff, { kind, label, target: step }) };
  }

  #commit(
    project: Project,
    diff: ProjectDiff,
    entry: { kind: JournalKind; label: string; mark?: string; step?: number; target?: number },
  ): AppliedChange {
    if (isEmptyDiff(diff) && entry.kind === 'edit') return { revision: this.#head, diff, label: entry.label };
    const before = this.#project;
    const at = this.#ctx.clock.now();
    let rev: number;
    try {
      rev = this.#db
        .transaction(() => {
          writeDiff(this.#db, before, project, diff, this.#sortKeys);
          return this.#journal.append({ ...entry, at, who: this.#ctx.who, diff });
        })
        .immediate();
    } catch (e) {
      // The transaction rolled back; the in-memory sort keys may have moved ahead of the rows.
      this.#sortKeys = loadSortKeys(this.#db);
      throw e;
    }
    this.#project = project;
    this.#head = rev;
    if (++this.#walCommits >= WAL_COMMIT_CAP) this.#foldWal();
    this.#last = {
      rev,
      at,
      who: this.#ctx.who,
      kind: entry.kind,
      step: entry.step ?? rev,
      target: entry.target ?? null,
      mark: entry.mark ?? null,
      label: entry.label,
    };
    this.#undo.record(this.#last);
    return { revision: rev, diff, label: entry.label };
  }

  /** Records a revision at the current state; returns it. A snapshot is stored when the journal since the last one is long. */
  checkpoint(name?: string, options: { auto?: boolean; snapshot?: boolean } = {}): RevisionInfo {
    this.#writable();
    const previous = this.#revisions.latest();
    const from = Math.max(previous?.rev ?? 0, this.#journal.floor());
    const summary = summarizeChanges(concatDiffs(this.#journal.diffsBetween(from, this.#head)));
    const snapshot =
      options.snapshot ?? this.#head - this.#revisions.lastSnapshotRev() >= this.#ctx.snapshotEvery;
    const id = this.#revisions.add({
      rev: this.#head,
      at: this.#ctx.clock.now(),
      who: this.#ctx.who,
      name,
      auto: options.auto ?? false,
      summary,
      snapshot: snapshot ? this.#project : undefined,
    });
    return this.#revisions.get(id)!;
  }

  /** The timer's checkpoint: only when something changed since the last revision. */
  autoCheckpoint(): RevisionInfo | undefined {
    if (this.#closed || this.readOnly) return undefined;
    if ((this.#revisions.latest()?.rev ?? -1) >= this.#head) return undefined;
    return this.checkpoint(undefined, { auto: true });
  }

  listRevisions(): RevisionInfo[] {
    this.#open();
    return this.#revisions.list();
  }

  /** The project as it was at a revision. */
  projectAt(ref: RevisionRef): StoreResult<Project> {
    this.#open();
    if (ref === 'current') return { ok: true, value: this.#project };
    const info = this.#revisions.get(ref);
    if (!info)
      return {
        ok: false,
        error: storeError('unknown-revision', `There is no revision ${ref}.`, { file: this.file }),
      };
    try {
      return { ok: true, value: this.#revisions.projectAt(info.rev, this.#project, this.#head) };
    } catch (e) {
      if (e instanceof StoreFailure) return { ok: false, error: e.error };
      throw e;
    }
  }

  /** Blocks (and other records) added, removed and changed from revision `a` to revision `b`. */
  diffRevisions(a: RevisionRef, b: RevisionRef): StoreResult<ChangeSummary> {
    const from = this.projectAt(a);
    if (!from.ok) return from;
    const to = this.projectAt(b);
    if (!to.ok) return to;
    return { ok: true, value: summarizeChanges(diffProjects(from.value, to.value)) };
  }

  /** Makes the document what it was at a revision; the restore is an undoable step of its own. */
  restoreRevision(id: number): StoreResult<AppliedChange> {
    this.#writable();
    const target = this.projectAt(id);
    if (!target.ok) return target;
    const diff = diffProjects(this.#project, target.value);
    const info = this.#revisions.get(id)!;
    const label = `Restore ${info.name ?? `revision of ${info.at}`}`;
    return { ok: true, value: this.#commit(target.value, diff, { kind: 'restore', label }) };
  }

  /**
   * Replaces the whole document (a CLI import into an existing file, a sync) as one undoable step that
   * writes only what differs.
   */
  replaceDocument(project: Project, label = 'Replace document'): AppliedChange {
    this.#writable();
    return this.#commit(project, diffProjects(this.#project, project), { kind: 'edit', label });
  }

  /** Shrinks old history: thins old automatic revisions, snapshots the kept ones, drops old journal entries. */
  compactHistory(options: CompactOptions = {}): CompactReport {
    this.#writable();
    const report = compactHistory(
      this.#db,
      this.#journal,
      this.#revisions,
      this.#project,
      this.#head,
      this.#ctx.clock.now(),
      options,
    );
    this.#undo = UndoStack.fromJournal(this.#journal.entriesAfter(this.#journal.floor()));
    return report;
  }

  /** The document as deterministic botloom/1 JSON. */
  exportJson(): string {
    this.#open();
    return stringifyProjectJson(this.#project);
  }

  /** Writes a consistent copy of the file (with its history) to `target`, which must not exist yet. */
  saveAs(target: string): StoreResult<void> {
    this.#open();
    return copyProjectFile(this.#db, target);
  }

  /** Bytes the history takes (journal and revisions, as stored). */
  historyBytes(): number {
    return this.#db
      .prepare(
        "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name IN ('journal', 'revisions', 'journal_by_step', 'revisions_by_rev')",
      )
      .pluck()
      .get() as number;
  }

  /** Releases the lock and closes the file (SQLite folds the WAL back in and removes -wal/-shm). */
  close(): void {
    if (this.#closed) return;
    for (const t of this.#timers) this.#ctx.clock.clearInterval(t);
    this.#closed = true;
    try {
      if (!this.readOnly) {
        releaseLock(this.#db);
        this.#db.pragma('wal_checkpoint(TRUNCATE)');
      }
    } finally {
      this.#db.close();
      this.#ctx.onClose();
    }
  }

  /**
   * SQLite's automatic WAL checkpoint would run inside a commit now and then and cost it milliseconds, so it
   * is off; the WAL is folded in on a timer when idle, or inline once it holds WAL_COMMIT_CAP commits.
   */
  #foldWal(): void {
    if (this.#closed || this.#walCommits === 0) return;
    this.#db.pragma('wal_checkpoint(PASSIVE)');
    this.#walCommits = 0;
  }

  #open(): void {
    if (this.#closed)
      throw new StoreFailure(storeError('closed', `${this.file} is closed.`, { file: this.file }));
  }

  #writable(): void {
    this.#open();
    if (this.readOnly)
      throw new StoreFailure(
        storeError('read-only', `${this.file} was opened read-only.`, { file: this.file }),
      );
  }
}
