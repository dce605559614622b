// Problems found while reading a botloom/1 document: values with a stable code, the file, the JSON
// path (and line/column when known) and a message that says what is wrong and how to fix it.

export type FormatErrorCode =
  /** The text is not JSON (line and column point at the first problem). */
  | 'json-malformed'
  /** A key appears twice in one object (line and column point at the second). */
  | 'json-duplicate-key'
  /** A `__proto__` key (line and column point at it): refused rather than silently dropped. */
  | 'json-unsafe-key'
  /** No `format`, or a format that is not botloom/N, or an older one no migration converts. */
  | 'format-unknown'
  /** botloom/N with N newer than this Botloom reads. */
  | 'format-newer'
  /** The document does not match the botloom/1 schema. */
  | 'schema-invalid';

export type FormatWarningCode =
  /** An older format version was converted on load; saving writes the current version. */
  'format-migrated';

export interface FormatIssue<C extends string> {
  code: C;
  message: string;
  /** The file the text came from, when the caller named one. */
  file?: string;
  /** JSON path of the value at fault, e.g. `flows[0].blocks[3].next`; '' for the whole document. */
  path: string;
  /** 1-based line and column in the text, when known. */
  line?: number;
  column?: number;
}

export type FormatError = FormatIssue<FormatErrorCode>;
export type FormatWarning = FormatIssue<FormatWarningCode>;

/** `file:line:column path: message`, the one-line form the CLI prints. */
export function formatIssueText(issue: FormatIssue<string>): string {
  const where = [issue.file, issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((p) => p !== undefined)
    .join(':');
  const path = issue.path === '' ? '(document)' : issue.path;
  return `${where ? `${where} ` : ''}${path}: ${issue.message}`;
}
