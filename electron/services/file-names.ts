// File names made from what a designer typed (a project's name, an imported file's name): readable, safe
// on every OS, and never an existing file.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** A readable stem: ASCII letters, digits, `_` and `-`, lower case, at most 60 characters (`project` when empty). */
export function fileStem(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'project'
  );
}

/** `<dir>/<stem>.botloom`, or `<stem>-2.botloom`, `-3`, … the first that does not exist. */
export function freeProjectFile(dir: string, name: string): string {
  const stem = fileStem(name);
  let file = path.join(dir, `${stem}.botloom`);
  for (let n = 2; existsSync(file); n++) file = path.join(dir, `${stem}-${n}.botloom`);
  return file;
}
