// Prepared statements kept per database connection, so that the commit path of an edit does not compile
// its SQL again each time (preparing costs 5–30 µs a statement, as much as running it).
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * The prepared statement of `sql` on `db`, compiled on first use. Modes such as `.pluck()` stick to the
 * statement: give the same SQL the same mode everywhere (set it at each use).
 */
export function statement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
