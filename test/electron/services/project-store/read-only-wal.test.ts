// A read-only open of a file whose -wal holds committed edits (a writer still running, or killed with
// -9): it sees the latest committed edits and leaves the folder exactly as it was, with no -shm file
// created (issue 18); a torn WAL tail is ignored as SQLite ignores it.
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, openProject } from '../../../../electron/services/project-store';
import { committedWalPages } from '../../../../electron/services/project-store/wal-image';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const quiet = { autoCheckpointMs: 0, heartbeatMs: 0, walCheckpointMs: 0 };

/** A project file with `names` applied as separate committed edits, left in its WAL (not checkpointed). */
function withWalEdits(names: string[]) {
  const file = path.join(dir(), 'p.botloom');
  const created = createProject(file, smallProject(), quiet);
  if (!created.ok) throw new Error(created.error.message);
  const writer = created.value;
  for (const name of names) writer.applyCommands([{ type: 'updateSettings', patch: { name } }]);
  return { file, writer };
}

/** What a kill -9 of the writer leaves: the file and its -wal, in a folder of their own, without a -shm. */
function killedCopy(file: string): string {
  const copy = path.join(dir(), 'killed', 'p.botloom');
  mkdirSync(path.dirname(copy));
  copyFileSync(file, copy);
  copyFileSync(`${file}-wal`, `${copy}-wal`);
  return copy;
}

const snapshot = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((name) => {
      const full = path.join(folder, name);
      return { name, size: statSync(full).size, bytes: readFileSync(full).toString('base64') };
    });

function readOnlyName(file: string): string {
  const r = openProject(file, { ...quiet, readOnly: true });
  if (!r.ok) throw new Error(r.error.message);
  try {
    return r.value.project.name;
  } finally {
    r.value.close();
  }
}

describe('a read-only open of a file with a -wal', () => {
  it('after a kill -9: sees the last committed edit and creates no -shm', () => {
    const { file, writer } = withWalEdits(['First', 'Second']);
    const copy = killedCopy(file);
    writer.close();
    const folder = path.dirname(copy);
    const before = snapshot(folder);
    expect(before.map((f) => f.name)).toEqual(['p.botloom', 'p.botloom-wal']);
    expect(readOnlyName(copy)).toBe('Second');
    expect(snapshot(folder)).toEqual(before);
  });

  it('while the writer runs: sees its committed edits and leaves the folder as it was', () => {
    const { file, writer } = withWalEdits(['Live edit']);
    try {
      const before = snapshot(dir());
      expect(readOnlyName(file)).toBe('Live edit');
      expect(snapshot(dir())).toEqual(before);
    } finally {
      writer.close();
    }
  });

  it('a torn last frame is ignored: the transaction before it is what is read', () => {
    const { file, writer } = withWalEdits(['Kept']);
    const walBefore = statSync(`${file}-wal`).size;
    writer.applyCommands([{ type: 'updateSettings', patch: { name: 'Torn' } }]);
    const copy = killedCopy(file);
    writer.close();
    expect(readOnlyName(copy)).toBe('Torn');
    // Cut the second transaction's last frame in half, then add garbage: only 'Kept' is committed.
    const walAfter = statSync(`${copy}-wal`).size;
    expect(walAfter).toBeGreaterThan(walBefore);
    truncateSync(`${copy}-wal`, walAfter - 100);
    appendFileSync(`${copy}-wal`, Buffer.alloc(5000, 0xab));
    expect(readOnlyName(copy)).toBe('Kept');
  });

  it('a -wal that is not a WAL (bad header) is ignored, as SQLite ignores it', () => {
    expect(committedWalPages(Buffer.alloc(4096, 7))).toBeUndefined();
    expect(committedWalPages(Buffer.alloc(0))).toBeUndefined();
  });
});
