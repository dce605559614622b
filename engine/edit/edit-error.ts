// Errors of the edit layer as values: a refused command or a diff that no longer fits the project.
export type EditErrorCode =
  | 'unknown-block'
  | 'unknown-flow'
  | 'unknown-variable'
  | 'unknown-intent'
  | 'unknown-test'
  | 'unknown-mock'
  | 'unknown-annotation'
  | 'id-taken'
  | 'invalid-id'
  | 'invalid-patch'
  | 'invalid-command'
  | 'invalid-reference-slot'
  | 'reference-required'
  | 'flow-not-empty'
  | 'last-flow'
  | 'diff-conflict'
  | 'invalid-clipboard'
  /** The editor's document is not whole yet (an open still loading its translations): nothing was applied. */
  | 'document-loading';

export interface EditError {
  code: EditErrorCode;
  message: string;
  /** Where in the project (or in the command) the problem is, e.g. ['blocks', 'ask', 'next']. */
  path: (string | number)[];
}

export function editError(code: EditErrorCode, message: string, path: (string | number)[] = []): EditError {
  return { code, message, path };
}

export function isEditError(value: unknown): value is EditError {
  return !!value && typeof value === 'object' && 'code' in value && 'message' in value && 'path' in value;
}
