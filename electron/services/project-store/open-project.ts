// Creating and opening project files. Open verifies first without writing (verify-file.ts), then
// reopens read-write: WAL, synchronous=FULL, foreign keys, the writer lock, pending migrations.
import { existsSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Project } from '../../../engine/model';
import { systemClock, type StoreClock } from './clock';
import { parseProjectData } from '../../../engine/format';
import { acquireLock, LOCK_HEARTBEAT_MS, releaseLock } from './file-lock';
import { migrate, SCHEMA_VERSION } from './migrate';
import { loadProject, UnsafeRowKey, writeWholeProject, type LoadedProject } from './project-rows';
import { ProjectFile } from './project-file';
import { RevisionLog } from './revision-log';
import { Journal } from './journal';
import { summarizeChanges } from './change-summary';
import { duplicateIdIssues } from './project-json';
import { storeError, type StoreResult } from './store-error';
import { removeStaleTemporaryFiles, temporaryPath } from '../temp-files';
import { verifyFile } from './verify-file';
import { blocksToUpgrade, writeUpgradedBlocks } from './upgrade-rows';

export interface OpenOptions {
  /** Read without taking the writer lock; edits are refused. */
  readOnly?: boolean;
  /** Name recorded in the journal and revisions (default: the OS user). */
  who?: string;
  clock?: StoreClock;
  /** Interval of automatic checkpoints in ms (default 5 minutes; 0 turns them off). */
  autoCheckpointMs?: number;
  /** Journal entries after which a checkpoint stores a whole snapshot (default 500). */
  snapshotEvery?: number;
  /** Interval at which committed edits in the WAL are folded into the file (default 1 s; 0: only every 2,000 commits). */
  walCheckpointMs?: number;
  /** Interval of the writer lock's heartbeat in ms (default 15 s; 0 turns it off). */
  heartbeatMs?: number;
  /** Files up to this size get integrity_check on open, larger ones quick_check. */
  fullCheckMaxBytes?: number;
}

/** Files open for writing in this process (two windows of one process share a pid, so the lock row cannot tell them apart). */
const openHere = new Set<string>();

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // There is no Save button: an acknowledged edit must survive power loss, so every commit syncs the WAL.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // The store folds the WAL in itself, outside commits (ProjectFile#foldWal).
  db.pragma('wal_autocheckpoint = 0');
}

export function openProject(file: string, options: OpenOptions = {}): StoreResult<ProjectFile> {
  const abs = path.resolve(file);
  const clock = options.clock ?? systemClock;
  if (!options.readOnly && openHere.has(abs))
    return {
      ok: false,
      error: storeError('locked', `${abs} is already open in another Botloom window (pid ${process.pid}).`, {
        file: abs,
      }),
    };
  const verified = verifyFile(abs, { fullCheckMaxBytes: options.fullCheckMaxBytes });
  if ('code' in verified) return { ok: false, error: verified };

  let db: Database.Database;
  if (options.readOnly) {
    // The verified image holds the file and the committed pages of its WAL: read it from memory, so
    // nothing is created beside the file (SQLite would create a -shm file for a WAL even read-only).
    db = new Database(verified.image);
  } else {
    db = new Database(abs, { fileMustExist: true });
    try {
      applyPragmas(db);
      const locked = acquireLock(db, abs, clock.now());
      if (locked) {
        db.close();
        return { ok: false, error: locked };
      }
      migrate(db);
    } catch (e) {
      db.close();
      return {
        ok: false,
        error: storeError('io-failed', `${abs} could not be opened: ${(e as Error).message}`, { file: abs }),
      };
    }
    openHere.add(abs);
  }
  const loaded = checkedProject(db, abs);
  if (!loaded.ok) {
    if (!options.readOnly) {
      releaseLock(db);
      openHere.delete(abs);
    }
    db.close();
    return loaded;
  }
  const { project, sortKeys, upgraded } = loaded.value;
  if (!options.readOnly && upgraded.size > 0) writeUpgradedBlocks(db, project, upgraded);
  const store = new ProjectFile({
    db,
    file: abs,
    readOnly: options.readOnly ?? false,
    who: options.who ?? defaultWho(),
    clock,
    project,
    sortKeys,
    autoCheckpointMs: options.autoCheckpointMs ?? 5 * 60_000,
    snapshotEvery: options.snapshotEvery ?? 500,
    heartbeatMs: options.heartbeatMs ?? LOCK_HEARTBEAT_MS,
    walCheckpointMs: options.walCheckpointMs ?? 1000,
    onClose: () => {
      if (!options.readOnly) openHere.delete(abs);
    },
  });
  return { ok: true, value: store };
}

/**
 * The document of an opened file, checked as a botloom/1 JSON file is: a project file may come from anyone, so
 * its rows are not trusted because SQLite found the file sound. A row that is not JSON is `damaged`; a document
 * the schema refuses is `invalid-project`, with every problem's path. Nothing is written either way.
 */
function checkedProject(
  db: Database.Database,
  abs: string,
): StoreResult<LoadedProject & { upgraded: Set<string> }> {
  let loaded: LoadedProject;
  try {
    loaded = loadProject(db);
  } catch (e) {
    if (e instanceof UnsafeRowKey)
      return {
        ok: false,
        error: storeError(
          'invalid-project',
          `${abs} is not a valid Botloom project (at ${e.path}: ${e.message}). The file is unchanged: remove the key with a tool you trust, or restore a backup.`,
          { file: abs, issues: [{ path: e.path, message: e.message }] },
        ),
      };
    return {
      ok: false,
      error: storeError(
        'damaged',
        `${abs} holds a row that cannot be read (${(e as Error).message}); the file is unchanged: restore it from a backup or a copy.`,
        { file: abs },
      ),
    };
  }
  const parsed = parseProjectData(loaded.project, abs);
  if (parsed.ok) {
    // Only a converted document is scanned for the rows to write back (upgrade-rows.ts).
    const converted = parsed.warnings.some((w) => w.code === 'format-migrated');
    const upgraded = converted ? blocksToUpgrade(loaded.project) : new Set<string>();
    return { ok: true, value: { ...loaded, project: parsed.project, upgraded } };
  }
  const issues = parsed.errors.map((e) => ({ path: e.path || '(root)', message: e.message }));
  const first = issues[0]!;
  return {
    ok: false,
    error: storeError(
      'invalid-project',
      `${abs} is not a valid Botloom project (${issues.length} problem${issues.length === 1 ? '' : 's'}; the first, at ${first.path}: ${first.message}). The file is unchanged.`,
      { file: abs, issues },
    ),
  };
}

/**
 * Writes `project` as a new project file (beside the target, renamed into place when complete, so a
 * failure leaves nothing behind) and opens it.
 */
export function createProject(
  file: string,
  project: Project,
  options: OpenOptions = {},
): StoreResult<ProjectFile> {
  const abs = path.resolve(file);
  if (existsSync(abs))
    return { ok: false, error: storeError('file-exists', `${abs} already exists.`, { file: abs }) };
  const duplicates = duplicateIdIssues(project);
  if (duplicates.length)
    return {
      ok: false,
      error: storeError('invalid-project', `The project has duplicate block ids.`, {
        file: abs,
        issues: duplicates,
      }),
    };
  const temp = temporaryPath(abs);
  const clean = () => ['', '-wal', '-shm', '-journal'].forEach((s) => rmSync(temp + s, { force: true }));
  try {
    // What an earlier write of this file left when it was killed (its process is gone).
    removeStaleTemporaryFiles(path.dirname(abs), { target: abs });
    clean();
    const db = new Database(temp);
    try {
      db.pragma('auto_vacuum = INCREMENTAL');
      applyPragmas(db);
      migrate(db);
      db.transaction(() => {
        writeWholeProject(db, project);
        new RevisionLog(db, new Journal(db)).add({
          rev: 0,
          at: (options.clock ?? systemClock).now(),
          who: options.who ?? defaultWho(),
          name: 'Created',
          auto: false,
          summary: summarizeChanges({ ops: [] }),
        });
      }).immediate();
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    renameSync(temp, abs);
  } catch (e) {
    clean();
    return {
      ok: false,
      error: storeError('io-failed', `Could not create ${abs}: ${(e as Error).message}`, { file: abs }),
    };
  }
  return openProject(abs, options);
}

function defaultWho(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

export { SCHEMA_VERSION };
