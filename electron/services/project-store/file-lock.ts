// One writer per file: a lock row (pid, host, heartbeat) claimed in an IMMEDIATE transaction. A row
// left by a process that died (pid gone on this host, or heartbeat stale elsewhere) is taken over.
import os from 'node:os';
import type { Database } from 'better-sqlite3';
import { storeError, type StoreError } from './store-error';

/** A lock whose heartbeat is older than this is stale (its owner stopped without closing). */
export const LOCK_STALE_MS = 60_000;
export const LOCK_HEARTBEAT_MS = 15_000;

interface LockRow {
  pid: number;
  host: string;
  heartbeat: number;
}

export interface LockOwner {
  pid: number;
  host: string;
}

export function currentOwner(): LockOwner {
  return { pid: process.pid, host: os.hostname() };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldByOther(row: LockRow, me: LockOwner, now: number): boolean {
  if (row.host === me.host && row.pid === me.pid) return false;
  if (row.host === me.host) return processAlive(row.pid);
  return now - row.heartbeat < LOCK_STALE_MS;
}

/** Claims the file for this process, or says who holds it. */
export function acquireLock(
  db: Database,
  file: string,
  now: number,
  me: LockOwner = currentOwner(),
): StoreError | undefined {
  return db
    .transaction((): StoreError | undefined => {
      const row = db.prepare('SELECT pid, host, heartbeat FROM lock WHERE one = 1').get() as
        LockRow | undefined;
      if (row && heldByOther(row, me, now))
        return storeError(
          'locked',
          `${file} is already open in another Botloom window (pid ${row.pid}${row.host === me.host ? '' : ` on ${row.host}`}). Close it there first.`,
          { file },
        );
      db.prepare('INSERT OR REPLACE INTO lock (one, pid, host, heartbeat) VALUES (1, ?, ?, ?)').run(
        me.pid,
        me.host,
        now,
      );
      return undefined;
    })
    .immediate();
}

export function refreshLock(db: Database, now: number, me: LockOwner = currentOwner()): void {
  db.prepare('UPDATE lock SET heartbeat = ? WHERE one = 1 AND pid = ? AND host = ?').run(
    now,
    me.pid,
    me.host,
  );
}

export function releaseLock(db: Database, me: LockOwner = currentOwner()): void {
  db.prepare('DELETE FROM lock WHERE one = 1 AND pid = ? AND host = ?').run(me.pid, me.host);
}
