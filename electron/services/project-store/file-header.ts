// Reads the 100-byte SQLite header with plain file reads (no SQLite, no locks, nothing written) so a
// foreign, truncated or newer file is recognised before SQLite ever opens it.
import { BOTLOOM_APPLICATION_ID } from './file-format';
import { storeError, type StoreError } from './store-error';

const MAGIC = 'SQLite format 3\u0000';

export interface FileHeader {
  pageSize: number;
  pageCount: number;
  userVersion: number;
  applicationId: number;
  /** 2 when the file is in WAL mode. */
  writeVersion: number;
}

export function readHeader(bytes: Uint8Array): FileHeader | undefined {
  if (bytes.length < 100) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 100);
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return undefined;
  const raw = view.getUint16(16);
  return {
    pageSize: raw === 1 ? 65536 : raw,
    pageCount: view.getUint32(28),
    userVersion: view.getInt32(60),
    applicationId: view.getInt32(68),
    writeVersion: bytes[18]!,
  };
}

/**
 * Classifies a file's bytes as a Botloom project this build can open, or says why not.
 * `schemaVersion` is the newest user_version this build knows.
 */
export function checkHeader(bytes: Uint8Array, file: string, schemaVersion: number): StoreError | FileHeader {
  const header = readHeader(bytes);
  if (!header)
    return storeError(
      'not-sqlite',
      bytes.length === 0
        ? `${file} is empty: it is not a Botloom project.`
        : `${file} is not a Botloom project (it is not an SQLite database).`,
      { file },
    );
  if (header.applicationId !== BOTLOOM_APPLICATION_ID)
    return storeError(
      'not-botloom',
      `${file} is an SQLite database of another application, not a Botloom project.`,
      { file },
    );
  if (header.userVersion > schemaVersion)
    return storeError(
      'newer-version',
      `${file} was written by a newer Botloom (file version ${header.userVersion}, this Botloom reads up to ${schemaVersion}). Update Botloom to open it.`,
      { file },
    );
  const valid = header.pageSize >= 512 && (header.pageSize & (header.pageSize - 1)) === 0;
  if (!valid || bytes.length % header.pageSize !== 0 || bytes.length < header.pageSize * header.pageCount)
    return storeError(
      'truncated',
      `${file} is truncated or damaged (${bytes.length} bytes where the header promises ${header.pageSize * header.pageCount}). Restore it from a backup or a revision copy.`,
      { file },
    );
  return header;
}
