// Temporary files left by a killed import or save (issue 18): start-up removes Botloom's own leftovers
// from its data folder, and a write removes its own target's; never a file a live process may be
// writing, never through a symbolic link, never a file of another name pattern.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/host';
import { createProject } from '../../../electron/services/project-store';
import {
  removeStaleTemporaryFiles,
  STALE_AFTER_MS,
  temporaryPath,
} from '../../../electron/services/temp-files';
import { smallProject } from './project-store/sample-project';
import { useTempDir } from './project-store/temp-dir';

const dir = useTempDir();

/** The pid of a process that has exited (what a kill -9 leaves in a temporary file's name). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

function touch(folder: string, name: string, content = 'x'): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
}

describe('removeStaleTemporaryFiles', () => {
  it('removes the leftovers of a dead writer, with their SQLite companions', () => {
    const dead = deadPid();
    const folder = dir();
    const left = [
      `bot.botloom.botloom-${dead}.tmp`,
      `bot.botloom.botloom-${dead}.tmp-wal`,
      `bot.botloom.botloom-${dead}.tmp-journal`,
      `.secrets.json.botloom-${dead}-0a1b2c3d.tmp`,
    ].map((name) => touch(folder, name));
    expect(removeStaleTemporaryFiles(folder).sort()).toEqual(left.sort());
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps what a live process may be writing: its pid runs, or it is this process', () => {
    const folder = dir();
    touch(folder, `a.botloom.botloom-${process.pid}.tmp`);
    touch(folder, `b.botloom.botloom-${process.ppid}.tmp`);
    touch(folder, `c.botloom.botloom-4242.tmp`);
    expect(removeStaleTemporaryFiles(folder, { isAlive: () => true })).toEqual([]);
    expect(readdirSync(folder)).toHaveLength(3);
    // Untouched for a day, a live pid is a reused one: removed.
    const old = (Date.now() - STALE_AFTER_MS - 60_000) / 1000;
    utimesSync(path.join(folder, 'c.botloom.botloom-4242.tmp'), old, old);
    expect(removeStaleTemporaryFiles(folder, { isAlive: () => true })).toEqual([
      path.join(folder, 'c.botloom.botloom-4242.tmp'),
    ]);
  });

  it('never removes other names, links, folders, or what is behind a linked folder', () => {
    const dead = deadPid();
    const folder = path.join(dir(), 'data');
    const outside = path.join(dir(), 'outside');
    const precious = touch(outside, `precious.botloom-${dead}.tmp`);
    const others = ['notes.1234.tmp', `bot.botloom-${dead}.txt`, `bot.${dead}.tmp`, 'bot.botloom'];
    for (const name of others) touch(folder, name);
    symlinkSync(precious, path.join(folder, `link.botloom-${dead}.tmp`));
    mkdirSync(path.join(folder, `dir.botloom-${dead}.tmp`));
    symlinkSync(outside, path.join(folder, 'projects'));
    expect(removeStaleTemporaryFiles(folder)).toEqual([]);
    expect(removeStaleTemporaryFiles(path.join(folder, 'projects'))).toEqual([]);
    expect(existsSync(precious)).toBe(true);
    expect(readdirSync(folder)).toHaveLength(others.length + 3);
  });

  it('with a target, only that file name’s leftovers', () => {
    const dead = deadPid();
    const folder = dir();
    const mine = touch(folder, `mine.botloom.botloom-${dead}.tmp`);
    touch(folder, `other.botloom.botloom-${dead}.tmp`);
    expect(removeStaleTemporaryFiles(folder, { target: path.join(folder, 'mine.botloom') })).toEqual([mine]);
    expect(readdirSync(folder)).toEqual([`other.botloom.botloom-${dead}.tmp`]);
  });
});

describe('start-up and writes', () => {
  it('the host removes a killed import’s leftovers from its data and projects folders at start', async () => {
    const dead = deadPid();
    const dataDir = path.join(dir(), 'data');
    const projects = path.join(dataDir, 'projects');
    const killed = [
      touch(projects, `bot.botloom.botloom-${dead}.tmp`, 'x'.repeat(100_000)),
      touch(projects, `bot.botloom.botloom-${dead}.tmp-wal`),
      touch(dataDir, `.secrets.json.botloom-${dead}-00ff00ff.tmp`),
    ];
    const live = touch(projects, `other.botloom.botloom-${process.pid}.tmp`);
    const host = await createHost({ shell: 'web', version: '0.0.0-test', dataDir });
    await host.close();
    for (const file of killed) expect(existsSync(file)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('creating a project removes what a killed write of the same file left, and leaves only the file', () => {
    const dead = deadPid();
    const folder = dir();
    const target = path.join(folder, 'bot.botloom');
    touch(folder, `bot.botloom.botloom-${dead}.tmp`);
    touch(folder, `bot.botloom.botloom-${dead}.tmp-wal`);
    expect(path.basename(temporaryPath(target))).toBe(`bot.botloom.botloom-${process.pid}.tmp`);
    const created = createProject(target, smallProject(), { autoCheckpointMs: 0, heartbeatMs: 0 });
    if (!created.ok) throw new Error(created.error.message);
    created.value.close();
    expect(readdirSync(folder).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});
