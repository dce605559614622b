// How the CLI words a project-file problem: one line per problem (file:line:column, JSON path, message)
// and exit code 2 for unusable input. Light on purpose: commands check a file with it before loading
// the engine (a device or FIFO is refused in the CLI's start-up time).
import { CliError } from './cli-error';
import { BoundedReadError, checkRegularFile } from '../engine/node/bounded-read';

export interface ProjectFileIssue {
  /** Stable kebab-case code: file-missing, file-unreadable, file-type-unknown, the format's codes (json-malformed, schema-invalid…) or the store's. */
  code: string;
  message: string;
  file: string;
  /** JSON path, when the problem has one. */
  path?: string;
  line?: number;
  column?: number;
}

/** `bot.json:12:9 flows[0].blocks[3].next: message` */
export function issueLine(issue: ProjectFileIssue): string {
  const where = issue.line !== undefined ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

const MAX_SHOWN = 50;

export function unusableInput(file: string, errors: readonly ProjectFileIssue[], doing = 'read'): CliError {
  const only = errors.length === 1 ? errors[0]! : undefined;
  // One problem of the whole file: one line, naming the file unless the message already does.
  if (only && !only.path && only.line === undefined)
    return new CliError(only.message.includes(only.file) ? only.message : issueLine(only), 2);
  const shown = errors.slice(0, MAX_SHOWN).map((e) => `  ${issueLine(e)}`);
  if (errors.length > MAX_SHOWN) shown.push(`  … and ${errors.length - MAX_SHOWN} more`);
  const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
  return new CliError(
    `cannot ${doing} ${file}: ${count}\n${shown.join('\n')}\nFix ${errors.length === 1 ? 'it' : 'them'} and run the command again.`,
    2,
  );
}

/** A refused read as the CLI reports it (file-missing, file-not-regular, file-too-large, …). */
export const boundedIssue = (e: BoundedReadError): ProjectFileIssue => ({
  code: e.code === 'file-header' ? 'file-format-wrong' : e.code,
  file: e.file,
  message: e.message,
});

/** Why `file` cannot be a project, before anything opens it (not a regular file, missing, too large), or undefined. */
export function refusedProjectFile(file: string): ProjectFileIssue | undefined {
  try {
    checkRegularFile(file);
    return undefined;
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    return boundedIssue(e);
  }
}
