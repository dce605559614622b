// Migration 1: the first schema. One row per block (an edit writes one row), lists by position,
// settings as key/value, the journal of applied diffs, revisions, and the lock row.
import type { Database } from 'better-sqlite3';

export function migrate1InitialSchema(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    -- Project settings (name, language, startBlock, fallbackBlock, nlp, chatlayer) as JSON values.
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE flows (
      id    TEXT PRIMARY KEY,
      idx   INTEGER NOT NULL,
      name  TEXT NOT NULL
    ) STRICT;
    -- sort: the block's place in its flow; fractional, so an insertion writes only the new row.
    CREATE TABLE blocks (
      id    TEXT PRIMARY KEY,
      flow  TEXT NOT NULL REFERENCES flows(id) DEFERRABLE INITIALLY DEFERRED,
      sort  REAL NOT NULL,
      json  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX blocks_by_flow ON blocks(flow, sort);
    CREATE TABLE variables (idx INTEGER PRIMARY KEY, json TEXT NOT NULL) STRICT;
    CREATE TABLE intents   (idx INTEGER PRIMARY KEY, json TEXT NOT NULL) STRICT;
    CREATE TABLE tests     (idx INTEGER PRIMARY KEY, json TEXT NOT NULL) STRICT;
    CREATE TABLE mocks     (idx INTEGER PRIMARY KEY, json TEXT NOT NULL) STRICT;
    -- Every applied batch, undo, redo, restore: the diff (deflated JSON) and the undo step it belongs to.
    CREATE TABLE journal (
      rev     INTEGER PRIMARY KEY,
      at      INTEGER NOT NULL,
      who     TEXT NOT NULL,
      kind    TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo', 'restore')),
      step    INTEGER NOT NULL,
      target  INTEGER,
      mark    TEXT,
      label   TEXT NOT NULL,
      diff    BLOB NOT NULL
    ) STRICT;
    CREATE INDEX journal_by_step ON journal(step);
    -- Checkpoints: a journal position with a name; snapshot holds the whole project (deflated JSON)
    -- when the journal before it may be compacted away, so every revision stays restorable.
    CREATE TABLE revisions (
      id        INTEGER PRIMARY KEY,
      rev       INTEGER NOT NULL,
      at        INTEGER NOT NULL,
      who       TEXT NOT NULL,
      name      TEXT,
      auto      INTEGER NOT NULL DEFAULT 0,
      summary   TEXT NOT NULL,
      snapshot  BLOB
    ) STRICT;
    CREATE INDEX revisions_by_rev ON revisions(rev);
    -- The one process that has the file open for writing.
    CREATE TABLE lock (
      one        INTEGER PRIMARY KEY CHECK (one = 1),
      pid        INTEGER NOT NULL,
      host       TEXT NOT NULL,
      heartbeat  INTEGER NOT NULL
    ) STRICT;
  `);
}
