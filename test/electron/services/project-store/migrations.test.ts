import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../../electron/services/project-store/migrations';
import { migrate, userVersion } from '../../../../electron/services/project-store/migrate';
import { BOTLOOM_APPLICATION_ID } from '../../../../electron/services/project-store';
import { useTempDir } from './temp-dir';

const dir = useTempDir();

describe('schema migrations', () => {
  it('numbers migrations 1..n with no gaps, and SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('migration 1 creates the document, journal, revision and lock tables and stamps the file', () => {
    const db = new Database(path.join(dir(), 'm1.botloom'));
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'blocks',
      'flows',
      'intents',
      'journal',
      'lock',
      'meta',
      'mocks',
      'revisions',
      'settings',
      'tests',
      'variables',
    ]);
    expect(userVersion(db)).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(BOTLOOM_APPLICATION_ID);
    // Blocks need their flow (checked at commit).
    expect(() =>
      db.transaction(() => db.prepare("INSERT INTO blocks VALUES ('b', 'nope', 1, '{}')").run())(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('running the migrations again on an up-to-date file changes nothing', () => {
    const db = new Database(path.join(dir(), 'm.botloom'));
    migrate(db);
    expect(migrate(db)).toEqual([]);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('a migration that fails leaves the file at the previous version', () => {
    const db = new Database(path.join(dir(), 'f.botloom'));
    migrate(db);
    const failing = [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE x (a); SELECT * FROM missing'),
      },
    ];
    expect(() => migrate(db, failing)).toThrow();
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'x'").pluck().get()).toBe(0);
    db.close();
  });
});
