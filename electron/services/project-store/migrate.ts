// Brings a file's schema up to SCHEMA_VERSION, each step in its own transaction with user_version.
import type { Database } from 'better-sqlite3';
import { BOTLOOM_APPLICATION_ID } from './file-format';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs the pending migrations (all of them on a new file); returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= userVersion(db)) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      if (m.version === 1) db.pragma(`application_id = ${BOTLOOM_APPLICATION_ID}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}

export { SCHEMA_VERSION };
