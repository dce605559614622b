// The app's own settings database (settings.sqlite in the data folder): the recent-projects list and
// preferences such as the theme. Several Botloom processes may share it (WAL, busy timeout).
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';

/** 'BLS1': marks the file as Botloom's settings database. */
export const SETTINGS_APPLICATION_ID = 0x424c5331;
export const SETTINGS_FILE = 'settings.sqlite';
export const RECENTS_LIMIT = 20;

export type Theme = 'system' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface RecentProjectEntry {
  path: string;
  name: string;
  /** ISO time. */
  lastOpenedAt: string;
}

const MIGRATIONS: ((db: Database.Database) => void)[] = [
  (db) =>
    db.exec(`
      CREATE TABLE recents (path TEXT PRIMARY KEY, name TEXT NOT NULL, last_opened INTEGER NOT NULL) STRICT;
      CREATE INDEX recents_by_time ON recents(last_opened);
      CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    `),
];

export class SettingsStore {
  readonly file: string;
  #db: Database.Database;
  #now: () => number;

  constructor(file: string, now: () => number = Date.now) {
    this.file = file;
    this.#now = now;
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('busy_timeout = 2000');
    const appId = this.#db.pragma('application_id', { simple: true }) as number;
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    if ((appId !== 0 && appId !== SETTINGS_APPLICATION_ID) || version > MIGRATIONS.length) {
      this.#db.close();
      throw new Error(`${file} is not a settings database this Botloom can read.`);
    }
    MIGRATIONS.forEach((up, i) => {
      if (i + 1 <= (this.#db.pragma('user_version', { simple: true }) as number)) return;
      this.#db
        .transaction(() => {
          up(this.#db);
          this.#db.pragma(`user_version = ${i + 1}`);
          this.#db.pragma(`application_id = ${SETTINGS_APPLICATION_ID}`);
        })
        .immediate();
    });
  }

  /** Most recently opened first. */
  listRecents(): RecentProjectEntry[] {
    return (
      this.#db
        .prepare('SELECT path, name, last_opened FROM recents ORDER BY last_opened DESC, rowid DESC')
        .all() as { path: string; name: string; last_opened: number }[]
    ).map((r) => ({ path: r.path, name: r.name, lastOpenedAt: new Date(r.last_opened).toISOString() }));
  }

  /** Puts a project at the top of the list (adding it if new) and keeps the list at RECENTS_LIMIT. */
  touchRecent(entry: { path: string; name: string }): RecentProjectEntry {
    const at = this.#now();
    this.#db
      .transaction(() => {
        this.#db
          .prepare('INSERT OR REPLACE INTO recents (path, name, last_opened) VALUES (?, ?, ?)')
          .run(entry.path, entry.name, at);
        this.#db
          .prepare(
            'DELETE FROM recents WHERE path NOT IN (SELECT path FROM recents ORDER BY last_opened DESC, rowid DESC LIMIT ?)',
          )
          .run(RECENTS_LIMIT);
      })
      .immediate();
    return { path: entry.path, name: entry.name, lastOpenedAt: new Date(at).toISOString() };
  }

  removeRecent(file: string): void {
    this.#db.prepare('DELETE FROM recents WHERE path = ?').run(file);
  }

  getPreference(key: string): unknown {
    const v = this.#db.prepare('SELECT value FROM preferences WHERE key = ?').pluck().get(key) as
      string | undefined;
    return v === undefined ? undefined : JSON.parse(v);
  }

  setPreference(key: string, value: unknown): void {
    if (value === undefined) this.#db.prepare('DELETE FROM preferences WHERE key = ?').run(key);
    else
      this.#db
        .prepare('INSERT OR REPLACE INTO preferences (key, value) VALUES (?, ?)')
        .run(key, JSON.stringify(value));
  }

  get theme(): Theme {
    const t = this.getPreference('theme');
    return THEMES.includes(t as Theme) ? (t as Theme) : 'system';
  }

  set theme(theme: Theme) {
    this.setPreference('theme', theme);
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

/** Opens (creating if needed) the settings database in the app's data folder. */
export function openSettingsStore(dataDir: string, now?: () => number): SettingsStore {
  mkdirSync(dataDir, { recursive: true });
  return new SettingsStore(path.join(dataDir, SETTINGS_FILE), now);
}
