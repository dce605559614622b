// Botloom's temporary files: a file is written beside its target under a name of its own
// (`<target>.botloom-<pid>.tmp`, hidden variants and SQLite's -wal/-shm/-journal companions included)
// and renamed into place. A process killed meanwhile leaves it behind; start-up removes such leftovers
// from Botloom's own folders, and a write removes its own target's, but only when no live process can
// be writing them (README.md#security).
import { lstatSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `<name>.botloom-<pid>[-<random>].tmp[-wal|-shm|-journal]`, `<name>` possibly starting with a dot. */
const TEMP_NAME = /^\.?(.+)\.botloom-(\d+)(?:-[0-9a-f]+)?\.tmp(?:-wal|-shm|-journal)?$/;

/** A temporary file untouched this long is left by a process that is gone, even if its pid was reused. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Where a write of `target` puts its bytes before the rename (`hidden`: with a leading dot; `unique`: a random part). */
export function temporaryPath(target: string, options: { hidden?: boolean; unique?: string } = {}): string {
  const name = `${options.hidden ? '.' : ''}${path.basename(target)}.botloom-${process.pid}${options.unique ? `-${options.unique}` : ''}.tmp`;
  return path.join(path.dirname(target), name);
}

export interface SweepOptions {
  /** Only the leftovers of this file name (a write's own target), not every one in the folder. */
  target?: string;
  now?: number;
  /** Whether a process with this pid runs (default: process.kill(pid, 0)). */
  isAlive?: (pid: number) => boolean;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, it belongs to someone else.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the leftover temporary files in `folder` (not below it) and returns their paths. A file is
 * a leftover when its name has Botloom's pattern, it is a regular file (never a link, never a folder's
 * content through a link: a `folder` that is a link is not read), and its writer is gone: the pid in
 * its name is not running and is not this process, or it has not changed for STALE_AFTER_MS.
 */
export function removeStaleTemporaryFiles(folder: string, options: SweepOptions = {}): string[] {
  const now = options.now ?? Date.now();
  const isAlive = options.isAlive ?? processAlive;
  let names: string[];
  try {
    if (!lstatSync(folder).isDirectory()) return [];
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || (options.target !== undefined && match[1] !== path.basename(options.target))) continue;
    const file = path.join(folder, name);
    try {
      const stats = lstatSync(file);
      if (!stats.isFile()) continue;
      const pid = Number(match[2]);
      const writerGone = pid !== process.pid && !isAlive(pid);
      if (!writerGone && now - stats.mtimeMs < STALE_AFTER_MS) continue;
      // unlink never follows a link: if the name became one since lstat, only the link goes.
      rmSync(file);
      removed.push(file);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** At start-up: the leftovers in the app's data folder (settings, secrets) and its default projects folder. */
export function removeStaleDataFolderFiles(dataDir: string, options: SweepOptions = {}): string[] {
  return [dataDir, path.join(dataDir, 'projects')].flatMap((folder) =>
    removeStaleTemporaryFiles(folder, options),
  );
}

/** Writes text next to the target and renames it over, so a failed write never leaves half a file. */
export function writeFileAtomically(file: string, text: string): void {
  const temp = temporaryPath(file, { hidden: true });
  removeStaleTemporaryFiles(path.dirname(path.resolve(file)), { target: file });
  writeFileSync(temp, text);
  renameSync(temp, file);
}
