// Turning project-file problems into what the CLI prints: one line per problem (file:line:column, JSON
// path, message) and exit code 2 for unusable input (docs/architecture.md#the-cli).
import { CliError } from './cli-error';
import {
  loadProjectFile,
  saveProjectFile,
  type LoadProjectResult,
  type ProjectFileIssue,
} from './project-file';
import type { Project } from '../engine/model';

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

/** Loads a project or throws a CliError (exit 2); warnings go to `warn`. */
export function requireProject(
  file: string,
  warn: (line: string) => void = (l) => process.stderr.write(l + '\n'),
): Extract<LoadProjectResult, { ok: true }> {
  const r = loadProjectFile(file);
  if (!r.ok) throw unusableInput(file, r.errors);
  for (const w of r.warnings) warn(`botloom: warning: ${issueLine(w)}`);
  return r;
}

/** Saves a project or throws a CliError (exit 2). */
export function requireSaved(file: string, project: Project, label?: string): void {
  const r = saveProjectFile(file, project, label);
  if (!r.ok) throw unusableInput(file, r.errors, 'write');
}
