// botloom/1 JSON in and out of the store, through engine/format (the same reader and deterministic
// writer as the CLI, so app and CLI exports are byte-identical). Import also refuses documents whose
// block ids collide or whose references dangle (engine/validate), so no half-usable project is made.
import type { Project } from '../../../engine/model';
import { parseProject, stringifyProject } from '../../../engine/format';
import { validateProject } from '../../../engine/validate';
import { storeError, type StoreIssue, type StoreResult } from './store-error';

const REFUSED_ON_IMPORT = new Set(['duplicate-block-id', 'duplicate-flow-id', 'dangling-reference']);

export function parseProjectJson(text: string, file: string): StoreResult<Project> {
  const parsed = parseProject(text, file);
  if (!parsed.ok) {
    const issues = parsed.errors.map((e) => ({ path: e.path || '(root)', message: e.message }));
    const code = parsed.errors.some((e) => e.code === 'json-malformed') ? 'invalid-json' : 'invalid-project';
    const first = parsed.errors[0]!;
    const where = first.line ? `:${first.line}${first.column ? `:${first.column}` : ''}` : '';
    const summary =
      issues.length === 1
        ? `${file}${where}: ${first.message}`
        : `${file} has ${issues.length} problems; the first, at ${first.path || '(root)'}: ${first.message}`;
    return { ok: false, error: storeError(code, summary, { file, issues }) };
  }
  const issues = referenceIssues(parsed.project);
  if (issues.length > 0)
    return {
      ok: false,
      error: storeError(
        'invalid-project',
        `${file} has ${issues.length} problem${issues.length > 1 ? 's' : ''}: ${issues[0]!.path}: ${issues[0]!.message}`,
        { file, issues },
      ),
    };
  return { ok: true, value: parsed.project };
}

/** Duplicate ids and references to blocks that do not exist (engine/validate's errors of those kinds). */
export function referenceIssues(
  project: Project,
  codes: ReadonlySet<string> = REFUSED_ON_IMPORT,
): StoreIssue[] {
  return validateProject(project)
    .filter((d) => d.severity === 'error' && codes.has(d.code))
    .map((d) => ({ path: d.location.path, message: d.message }));
}

/** Only the duplicate-id errors: a document with them cannot be stored one row per block. */
export const duplicateIdIssues = (project: Project): StoreIssue[] =>
  referenceIssues(project, new Set(['duplicate-block-id', 'duplicate-flow-id']));

/** Deterministic JSON (docs/file-format.md#deterministic-json): engine/format's writer. */
export function stringifyProjectJson(project: Project): string {
  return stringifyProject(project);
}
