// ProjectFile: one open project file, the host's side of editing. The document lives in memory (parsed
// once); every batch of commands is applied with engine/edit's applyCommands (the same loop the renderer
// runs), written (changed rows only) and journaled in one transaction under synchronous=FULL, and the
// returned revision acknowledges that it is on disk. The journal is the one edit history: undo, redo,
// restore and their labels come from it, and every change answers where undo/redo stand (`history`).
import type { Database } from 'better-sqlite3';
import {
  applyCommands,
  applyDiff,
  concatDiffs,
  diffProjects,
  invertDiff,
  isEmptyDiff,
  type Command,
  type ProjectDiff,
} from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { summarizeChanges, summarizeJournal, type ChangeSummary } from './change-summary';
import { refreshLock, releaseLock } from './file-lock';
import { Journal, type JournalKind } from './journal';
import { loadSortKeys, type SortKeys } from './project-rows';
import { stringifyProjectJson } from './project-json';
import { RevisionLog, type RevisionInfo } from './revision-log';
import { compactHistory, type CompactOptions, type CompactReport } from './compaction';
import { storeError, StoreFailure, type StoreResult } from './store-error';
import { UndoStack, type HistoryState } from './undo-stack';
import { writeDiff } from './write-diff';
import { copyProjectFile } from './copy-file';
import type { StoreContext } from './store-context';

export type { StoreContext } from './store-context';

/** Commits after which the WAL is folded into the file even when the timer has not run (a busy loop). */
const WAL_COMMIT_CAP = 2000;

/** What an applied batch, undo, redo or restore did. `revision` is the acknowledgement. */
export interface AppliedChange {
  revision: number;
  diff: ProjectDiff;
  label: string;
}

export interface ApplyOptions {
  /** Shown in the history and the Undo menu; defaults to the command names. */
  label?: string;
  /**
   * The revision the client's document was at when it made the commands; when given and the file has
   * moved on since (another window, the CLI), the batch is refused ('stale-revision') and nothing changes.
   */
  baseRevision?: number;
}

/** A revision id, or 'current' for the document as it is now. */
export type RevisionRef = number | 'current';

export class ProjectFile {
  readonly file: string;
  readonly readOnly: boolean;
  #db: Database;
  #project: Project;
  #sortKeys: SortKeys;
  #journal: Journal;
  #revisions: RevisionLog;
  #undo: UndoStack;
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
    this.#head = entries.at(-1)?.rev ?? floor;
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

  /** Where undo and redo stand, with the labels the journal keeps. */
  get history(): HistoryState {
    return this.#undo.state;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Applies the commands in order, all or none, and commits them (with their diff) in one transaction. */
  applyCommands(commands: readonly Command[], options: ApplyOptions = {}): StoreResult<AppliedChange> {
    this.#writable();
    if (options.baseRevision !== undefined && options.baseRevision !== this.#head)
      return {
        ok: false,
        error: storeError(
          'stale-revision',
          `The edit was made on revision ${options.baseRevision} but the file is at revision ${this.#head} ` +
            '(it was changed elsewhere); reload the project and edit again.',
          { file: this.file },
        ),
      };
    const result = applyCommands(this.#project, commands);
    if (!result.ok) {
      const command = commands[result.index]!;
      return {
        ok: false,
        error: storeError(
          'edit-refused',
          `Command ${result.index + 1} (${command.type}) was refused: ${result.error.message}`,
          {
            file: this.file,
            issues: [{ path: [result.index, ...result.error.path].join('.'), message: result.error.message }],
          },
        ),
      };
    }
    const label = options.label ?? commands.map((c) => c.type).join(', ');
    return { ok: true, value: this.#commit(result.project, result.diff, { kind: 'edit', label }) };
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
    const top = (kind === 'undo' ? this.#undo.undo : this.#undo.redo).at(-1);
    if (top === undefined) return { ok: true, value: null };
    const { step, label } = top;
    let forward: ProjectDiff;
    try {
      forward = concatDiffs(this.#journal.stepDiffs(step));
    } catch (e) {
      if (!(e instanceof StoreFailure)) throw e;
      const error = e.error;
      return { ok: false, error: { ...error, message: `Cannot ${kind}: ${error.message}`, file: this.file } };
    }
    const diff = kind === 'undo' ? invertDiff(forward) : forward;
    const result = applyDiff(this.#project, diff);
    if (!result.ok)
      return {
        ok: false,
        error: storeError('history-conflict', `Cannot ${kind}: ${result.error.message}`, { file: this.file }),
      };
    return { ok: true, value: this.#commit(result.project, diff, { kind, label, target: step }) };
  }

  #commit(
    project: Project,
    diff: ProjectDiff,
    entry: { kind: JournalKind; label: string; target?: number },
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
    this.#undo.record({ rev, kind: entry.kind, step: rev, target: entry.target ?? null, label: entry.label });
    return { revision: rev, diff, label: entry.label };
  }

  /** Records a revision at the current state; returns it. A snapshot is stored when the journal since the last one is long. */
  checkpoint(name?: string, options: { auto?: boolean; snapshot?: boolean } = {}): RevisionInfo {
    this.#writable();
    const previous = this.#revisions.latest();
    const from = Math.max(previous?.rev ?? 0, this.#journal.floor());
    const summary = summarizeJournal(this.#journal, from, this.#head);
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
