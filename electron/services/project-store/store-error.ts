// Errors of the project store as values: a stable code, a message for people, and where (file, path).
export type StoreErrorCode =
  | 'file-not-found'
  | 'file-exists'
  | 'not-sqlite'
  | 'not-botloom'
  | 'newer-version'
  | 'truncated'
  | 'damaged'
  | 'locked'
  | 'read-only'
  | 'closed'
  | 'invalid-json'
  | 'invalid-project'
  | 'edit-refused'
  | 'history-conflict'
  /** A journal diff or revision snapshot in the file that is not valid; the document is untouched. */
  | 'invalid-history'
  | 'stale-revision'
  | 'unknown-revision'
  | 'io-failed';

export interface StoreIssue {
  /** JSON path or table location, e.g. `flows[0].blocks[2].next`. */
  path: string;
  message: string;
}

export interface StoreError {
  code: StoreErrorCode;
  message: string;
  /** The file concerned. */
  file?: string;
  issues?: StoreIssue[];
}

export function storeError(
  code: StoreErrorCode,
  message: string,
  extra: { file?: string; issues?: StoreIssue[] } = {},
): StoreError {
  return {
    code,
    message,
    ...(extra.file ? { file: extra.file } : {}),
    ...(extra.issues ? { issues: extra.issues } : {}),
  };
}

/** Thrown where a result type would be noise (a closed store, a failed write); carries the error value. */
export class StoreFailure extends Error {
  constructor(readonly error: StoreError) {
    super(error.message);
    this.name = 'StoreFailure';
  }
  get code(): StoreErrorCode {
    return this.error.code;
  }
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };
