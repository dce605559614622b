// A JSON file of named strings readable by its owner only (0600), replaced atomically (temporary file,
// fsync, rename) so a crash never leaves half a file. Shared by the plain-file store and the safeStorage
// vault. A file that cannot be read is reported and left untouched: it may hold the only copy of a secret.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { HostError } from '../../api';
import { temporaryPath } from '../temp-files';

export interface SecretFile {
  readonly path: string;
  /** Name → stored string; empty when the file does not exist yet. */
  read(): Record<string, string>;
  write(entries: Record<string, string>): void;
}

export function openSecretFile(file: string, format: string): SecretFile {
  const Shape = z.object({ format: z.literal(format), secrets: z.record(z.string(), z.string()) });
  const unreadable = (why: string) =>
    new HostError(
      'secrets-file-unreadable',
      `The secrets file ${file} ${why}; it was left as it is. Move it aside (or delete it) and store the secrets again, e.g. with \`botloom chatlayer login\`.`,
    );
  return {
    path: file,
    read() {
      if (!existsSync(file)) return {};
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw unreadable(`could not be read (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // The parser's message quotes the file's text, which may be a secret: only say what is wrong.
        throw unreadable('is not valid JSON');
      }
      const parsed = Shape.safeParse(json);
      if (!parsed.success) throw unreadable(`is not a ${format} file`);
      return { ...parsed.data.secrets };
    },
    write(entries) {
      const text = JSON.stringify({ format, secrets: sortedEntries(entries) }, null, 2) + '\n';
      writeAtomically(file, text);
    },
  };
}

function sortedEntries(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function writeAtomically(file: string, text: string): void {
  const dir = path.dirname(file);
  const temp = temporaryPath(file, { hidden: true, unique: randomBytes(4).toString('hex') });
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // 'wx': never follow or reuse a file someone else placed there; 0600 from the first byte.
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    syncDirectory(dir);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new HostError(
      'secrets-file-unwritable',
      `Could not write the secrets file ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): check that its folder is writable.`,
    );
  }
}

/** Makes the rename durable where the platform allows opening a directory (not on Windows). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the rename itself is already atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
