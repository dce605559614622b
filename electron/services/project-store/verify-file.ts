// Checks a project file without writing to it: the header is read with plain file I/O, then SQLite checks
// an in-memory copy of the bytes (integrity_check; quick_check on large files), so a damaged, foreign or
// newer file is reported and left byte-for-byte unchanged, with no -wal or -shm file created. A -wal file
// beside it is read too and its committed pages laid over the bytes (wal-image.ts), so the check and a
// read-only open see the latest committed edits without SQLite creating a -shm file.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BoundedReadError, botloomHeaderProblem, readBoundedFile } from '../../../engine/node/bounded-read';
import { FULL_CHECK_MAX_BYTES } from './file-format';
import { checkHeader, type FileHeader } from './file-header';
import { SCHEMA_VERSION } from './migrations';
import { storeError, type StoreError } from './store-error';
import { applyWalPages, committedWalPages } from './wal-image';

export interface VerifiedFile {
  header: FileHeader;
  /** The file's bytes with the WAL's committed pages applied, as checked (WAL flag cleared), for a read-only in-memory open. */
  image: Buffer;
  bytes: number;
  check: 'integrity_check' | 'quick_check';
}

export function verifyFile(
  file: string,
  options: { fullCheckMaxBytes?: number } = {},
): VerifiedFile | StoreError {
  const read = readWithWal(file);
  if ('code' in read) return read;
  let header = checkHeader(read.main, file, SCHEMA_VERSION);
  if ('code' in header) return header;
  let bytes = read.main;
  if (read.wal) {
    if (read.wal.pageSize !== header.pageSize)
      return storeError(
        'damaged',
        `${file}-wal does not belong to ${file} (its page size differs): move the -wal file away to open the file as last checkpointed.`,
        { file },
      );
    bytes = applyWalPages(read.main, read.wal);
    // A committed migration may have changed the header (user_version) in the WAL.
    header = checkHeader(bytes, file, SCHEMA_VERSION);
    if ('code' in header) return header;
  }
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

/** A regular file only (no device or FIFO), size-checked, header before the rest, content never quoted. */
function readBounded(file: string, header?: (head: Buffer) => string | undefined): Buffer | StoreError {
  try {
    return readBoundedFile(file, { header });
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    const code =
      e.code === 'file-missing' ? 'file-not-found' : e.code === 'file-header' ? 'not-sqlite' : 'io-failed';
    return storeError(code, e.message, { file });
  }
}

/**
 * The main file's bytes and the committed pages of its -wal file, read so that they agree: a writer in
 * another process may checkpoint and restart its WAL meanwhile, which changes the WAL's header, so the
 * WAL is read before and after the main file and the read repeated until both WAL reads match.
 */
function readWithWal(
  file: string,
): { main: Buffer; wal?: ReturnType<typeof committedWalPages> } | StoreError {
  const walFile = `${file}-wal`;
  const readWal = () => {
    const wal = existsSync(walFile) ? readBounded(walFile) : undefined;
    return wal && 'code' in wal && wal.code === 'file-not-found' ? undefined : wal;
  };
  for (let attempt = 0; ; attempt++) {
    const before = readWal();
    if (before && 'code' in before) return before;
    const main = readBounded(file, (head) => botloomHeaderProblem(head, file));
    if ('code' in main) return main;
    const after = readWal();
    if (after && 'code' in after) return after;
    if (!before && !after) return { main };
    const same = before && after && before.subarray(0, 32).equals(after.subarray(0, 32));
    if (same) return { main, wal: committedWalPages(after) };
    if (attempt === 4)
      return storeError('io-failed', `${file} kept changing while it was read: try again.`, { file });
  }
}
