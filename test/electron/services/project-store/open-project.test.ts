import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  BOTLOOM_APPLICATION_ID,
  createProject,
  openProject,
  SCHEMA_VERSION,
} from '../../../../electron/services/project-store';
import { largeProject, smallProject } from './sample-project';
import { fakeClock, useTempDir } from './temp-dir';

const dir = useTempDir();
const opts = { autoCheckpointMs: 0 };

function made(name = 'p.botloom', project = smallProject()) {
  const file = path.join(dir(), name);
  const r = createProject(file, project, opts);
  if (!r.ok) throw new Error(r.error.message);
  r.value.close();
  return file;
}

/** Opens, expects the error code, and checks that nothing was written or created next to the file. */
function expectRefused(file: string, code: string) {
  const before = readFileSync(file);
  const listing = readdirSync(path.dirname(file)).sort();
  const r = openProject(file, opts);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.file).toBe(file);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(path.dirname(file)).sort()).toEqual(listing);
  return r.error;
}

describe('creating and opening a project file', () => {
  it('reopens the document exactly as it was created', () => {
    const project = largeProject(800);
    const file = made('big.botloom', project);
    const r = openProject(file, opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.project).toEqual(project);
    r.value.close();
    expect(existsSync(`${file}-wal`) || existsSync(`${file}-shm`)).toBe(false);
  });

  it('marks the file with the Botloom application id, the schema version, WAL mode', () => {
    const file = made();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(BOTLOOM_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses to create over an existing file and leaves no temporary file when it cannot', () => {
    const file = made();
    const r = createProject(file, smallProject(), opts);
    expect(r.ok || r.error.code).toBe('file-exists');
    const dup = smallProject();
    dup.flows[0]!.blocks.push({ ...dup.flows[0]!.blocks[0]! });
    const bad = createProject(path.join(dir(), 'dup.botloom'), dup, opts);
    expect(bad.ok || bad.error.code).toBe('invalid-project');
    expect(readdirSync(dir())).toEqual(['p.botloom']);
  });

  it('reports a missing file', () => {
    const r = openProject(path.join(dir(), 'nope.botloom'), opts);
    expect(r.ok || r.error.code).toBe('file-not-found');
  });
});

describe('files that are not Botloom projects are reported and left byte-for-byte unchanged', () => {
  it('a text file', () => {
    const file = path.join(dir(), 'notes.botloom');
    writeFileSync(file, 'just some notes\n'.repeat(20));
    expect(expectRefused(file, 'not-sqlite')?.message).toMatch(/not a Botloom project/);
  });

  it('an empty file', () => {
    const file = path.join(dir(), 'empty.botloom');
    writeFileSync(file, '');
    expectRefused(file, 'not-sqlite');
  });

  it("another application's SQLite database (even in WAL mode)", () => {
    const file = path.join(dir(), 'other.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    db.close();
    expect(expectRefused(file, 'not-botloom')?.message).toMatch(/another application/);
  });

  it('a file written by a newer Botloom', () => {
    const file = made();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(expectRefused(file, 'newer-version')?.message).toMatch(/newer Botloom.*Update Botloom/);
  });

  it('a truncated file', () => {
    const file = made('t.botloom', largeProject(300));
    truncateSync(file, Math.floor(readFileSync(file).length / 2) + 100);
    expectRefused(file, 'truncated');
  });

  it('a file with a corrupted page', () => {
    const file = made('c.botloom', largeProject(300));
    const bytes = readFileSync(file);
    const page = bytes.readUInt16BE(16);
    // Scribble over the cell pointers of a few b-tree pages (the file header stays intact).
    for (let p = 3; p < 8; p++) for (let i = page * p + 8; i < page * p + 40; i++) bytes[i] = 0xa5;
    writeFileSync(file, bytes);
    const error = expectRefused(file, 'damaged');
    expect(error?.message).toMatch(/is damaged/);
  });
});

describe('a project file is hostile until checked', () => {
  /** Rewrites block rows behind Botloom's back, as another program or a crafted file could. */
  function tamper(file: string, sql: string, ...args: unknown[]) {
    const db = new Database(file);
    db.prepare(sql).run(...args);
    db.close();
  }
  /** The block rows as stored, to show a refused open changed nothing. */
  const rows = (file: string) => {
    const db = new Database(file, { readonly: true });
    const all = db.prepare('SELECT id, json FROM blocks ORDER BY id').all();
    db.close();
    return all;
  };

  it('refuses a block the schema refuses, with its path, and leaves the file as it was', () => {
    const file = made('bad-block.botloom');
    const [first] = rows(file) as { id: string }[];
    tamper(
      file,
      `UPDATE blocks SET json = ? WHERE id = ?`,
      JSON.stringify({
        id: first!.id,
        type: 'message',
        messages: [{ kind: 'text', text: 1 }],
        __proto__: { polluted: true },
      }),
      first!.id,
    );
    const before = rows(file);
    const r = openProject(file, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-project');
    expect(r.error.message).toMatch(
      /is not a valid Botloom project \(\d+ problems?; the first, at flows\[0\]\.blocks\[\d+\]\./,
    );
    expect(r.error.issues!.some((i) => /messages\[0\]\.text/.test(i.path))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Nothing was written, the lock was given back (a second try reports the same, not "locked").
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(rows(file)).toEqual(before);
    const again = openProject(file, opts);
    expect(again.ok ? 'opened' : again.error.code).toBe('invalid-project');
  });

  it('refuses a row with a `__proto__` key, plain or escaped, which the schema would drop silently', () => {
    for (const key of ['__proto__', '\\u005f_proto__']) {
      const file = made(`proto-${key.length}.botloom`);
      const [first] = rows(file) as { id: string }[];
      const json = `{"id":${JSON.stringify(first!.id)},"type":"message","messages":[{"kind":"text","text":"Hi","translations":{"${key}":{"text":"x"}}}]}`;
      tamper(file, `UPDATE blocks SET json = ? WHERE id = ?`, json, first!.id);
      const before = rows(file);
      const r = openProject(file, opts);
      if (r.ok) throw new Error('a row with a __proto__ key was opened');
      expect(r.error.code).toBe('invalid-project');
      expect(r.error.message).toMatch(
        /at flows\[0\]\.blocks\[\d+\]\.messages\[0\]\.translations: the key "__proto__" is not allowed/,
      );
      expect(r.error.issues).toEqual([
        {
          path: expect.stringMatching(/^flows\[0\]\.blocks\[\d+\]\.messages\[0\]\.translations$/),
          message: expect.any(String),
        },
      ]);
      expect(rows(file)).toEqual(before);
    }
  });

  it('refuses a settings row with a `__proto__` key, naming the setting', () => {
    const file = made('proto-setting.botloom');
    tamper(
      file,
      `INSERT OR REPLACE INTO settings (key, value) VALUES ('entities', ?)`,
      '{"__proto__":{"x":1}}',
    );
    const r = openProject(file, opts);
    expect(r.ok ? 'opened' : r.error.message).toMatch(/at entities: the key "__proto__" is not allowed/);
  });

  it('reports a row that is not JSON as damaged, naming the file', () => {
    const file = made('not-json.botloom');
    const [first] = rows(file) as { id: string }[];
    tamper(file, `UPDATE blocks SET json = '{"id": ' WHERE id = ?`, first!.id);
    const r = openProject(file, opts);
    expect(r.ok ? 'opened' : r.error.code).toBe('damaged');
    if (!r.ok) expect(r.error.message).toContain(`${file} holds a row that cannot be read`);
  });
});

describe('one writer per file', () => {
  it('refuses a second writable open in the same process, naming the pid', () => {
    const file = made();
    const first = openProject(file, opts);
    const second = openProject(file, opts);
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.error.message).toMatch(
        new RegExp(`already open in another Botloom window \\(pid ${process.pid}\\)`),
      );
    if (first.ok) first.value.close();
    const third = openProject(file, opts);
    expect(third.ok).toBe(true);
    if (third.ok) third.value.close();
  });

  it('refuses a file whose lock is held by another live process, and takes over a dead one', () => {
    const file = made();
    const db = new Database(file);
    db.prepare('INSERT INTO lock (one, pid, host, heartbeat) VALUES (1, ?, ?, ?)').run(
      process.ppid,
      os.hostname(),
      Date.now(),
    );
    db.close();
    const r = openProject(file, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('locked');
      expect(r.error.message).toContain(`(pid ${process.ppid})`);
    }
    const db2 = new Database(file);
    db2.prepare('UPDATE lock SET pid = 2147483000').run();
    db2.close();
    const taken = openProject(file, opts);
    expect(taken.ok).toBe(true);
    if (taken.ok) taken.value.close();
  });

  it('keeps its heartbeat fresh while open and removes the lock row on close', () => {
    const file = made();
    const clock = fakeClock(Date.now());
    const r = openProject(file, { ...opts, clock, heartbeatMs: 15_000 });
    if (!r.ok) throw new Error(r.error.message);
    const beat = () => {
      const db = new Database(file, { readonly: true });
      const row = db.prepare('SELECT heartbeat FROM lock').pluck().get();
      db.close();
      return row;
    };
    const first = beat();
    clock.tick(15_000);
    expect(beat()).toBe((first as number) + 15_000);
    r.value.close();
    expect(beat()).toBeUndefined();
  });

  it('lets a read-only reader in while a writer has the file, and refuses its edits', () => {
    const file = made();
    const writer = openProject(file, opts);
    const reader = openProject(file, { ...opts, readOnly: true });
    expect(writer.ok && reader.ok).toBe(true);
    if (!writer.ok || !reader.ok) return;
    expect(reader.value.project.name).toBe('Pizza bot');
    expect(() => reader.value.applyCommands([{ type: 'updateSettings', patch: { name: 'x' } }])).toThrow(
      /read-only/,
    );
    reader.value.close();
    writer.value.close();
  });

  it('a read-only open of a closed file creates no -wal or -shm file', () => {
    const file = made();
    const copy = path.join(dir(), 'copy.botloom');
    copyFileSync(file, copy);
    const before = readFileSync(copy);
    const r = openProject(copy, { ...opts, readOnly: true });
    expect(r.ok).toBe(true);
    if (r.ok) r.value.close();
    expect(existsSync(`${copy}-wal`) || existsSync(`${copy}-shm`)).toBe(false);
    expect(readFileSync(copy).equals(before)).toBe(true);
  });
});
