// Turning project-file problems into what the CLI prints: one line per problem (file:line:column, JSON
// path, message) and exit code 2 for unusable input (docs/architecture.md#the-cli).
import { loadProjectFile, saveProjectFile, type LoadProjectResult } from './project-file';
import { issueLine, unusableInput } from './project-file-issues';
import type { Project } from '../engine/model';

export { issueLine, unusableInput };

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
