// Checks a project file without writing to it: the header is read with plain file I/O, then SQLite checks
// an in-memory copy of the bytes (integrity_check; quick_check on large files), so a damaged, foreign or
// newer file is reported and left byte-for-byte unchanged, with no -wal or -shm file created.
import Database from 'better-sqlite3';
import { BoundedReadError, botloomHeaderProblem, readBoundedFile } from '../../../engine/node/bounded-read';
import { FULL_CHECK_MAX_BYTES } from './file-format';
import { checkHeader, type FileHeader } from './file-header';
import { SCHEMA_VERSION } from './migrations';
import { storeError, type StoreError } from './store-error';

export interface VerifiedFile {
  header: FileHeader;
  /** The file's bytes as checked (WAL flag cleared), for a read-only in-memory open. */
  image: Buffer;
  bytes: number;
  check: 'integrity_check' | 'quick_check';
}

export function verifyFile(
  file: string,
  options: { fullCheckMaxBytes?: number } = {},
): VerifiedFile | StoreError {
  let bytes: Buffer;
  try {
    // A regular file only (no device or FIFO), size-checked, header before the rest, content never quoted.
    bytes = readBoundedFile(file, { header: (head) => botloomHeaderProblem(head, file) });
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    const code =
      e.code === 'file-missing' ? 'file-not-found' : e.code === 'file-header' ? 'not-sqlite' : 'io-failed';
    return storeError(code, e.message, { file });
  }
  const header = checkHeader(bytes, file, SCHEMA_VERSION);
  if ('code' in header) return header;
  // A WAL-mode header would make SQLite look for a -wal file next to a memory image: present it as rollback.
  bytes[18] = 1;
  bytes[19] = 1;
  const check =
    bytes.length <= (options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES) ? 'integrity_check' : 'quick_check';
  let copy: Database.Database | undefined;
  try {
    copy = new Database(bytes);
    const problems = copy.pragma(check, { simple: false }) as Record<string, string>[];
    const messages = problems.map((r) => Object.values(r)[0]!).filter((m) => m !== 'ok');
    if (messages.length > 0)
      return storeError(
        'damaged',
        `${file} is damaged (${messages.length} problem${messages.length > 1 ? 's' : ''} found by SQLite's ${check}).`,
        {
          file,
          issues: messages.slice(0, 20).map((message) => ({ path: '(database)', message })),
        },
      );
  } catch (e) {
    return storeError('damaged', `${file} is damaged: ${(e as Error).message}.`, { file });
  } finally {
    copy?.close();
  }
  return { header, image: bytes, bytes: bytes.length, check };
}
