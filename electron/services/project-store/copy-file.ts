// Save As / duplicate: a transactionally consistent copy made by SQLite (VACUUM INTO, never a file copy),
// written beside the target and renamed into place, without the source's lock row.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { storeError, type StoreResult } from './store-error';
import { removeStaleTemporaryFiles, temporaryPath } from '../temp-files';

export function copyProjectFile(db: Db, target: string): StoreResult<void> {
  if (existsSync(target))
    return { ok: false, error: storeError('file-exists', `${target} already exists.`, { file: target }) };
  const temp = temporaryPath(target);
  try {
    removeStaleTemporaryFiles(path.dirname(target), { target });
    rmSync(temp, { force: true });
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = new Database(temp);
    try {
      copy.prepare('DELETE FROM lock').run();
      copy.pragma('journal_mode = WAL');
    } finally {
      copy.close();
    }
    renameSync(temp, target);
    return { ok: true, value: undefined };
  } catch (e) {
    rmSync(temp, { force: true });
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
    return {
      ok: false,
      error: storeError('io-failed', `Could not write ${target}: ${(e as Error).message}`, { file: target }),
    };
  }
}
