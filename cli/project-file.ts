// The CLI's project files (docs/architecture.md#the-cli): `<project>` is a `.botloom` SQLite document or a botloom/1 `.json`
// file. loadProjectFile / saveProjectFile dispatch on the extension; every problem is a value with the
// file, the JSON path (and line) and what to do, never a stack trace.
import path from 'node:path';
import { parseProject, stringifyProject, type FormatIssue } from '../engine/format';
import type { Project } from '../engine/model';
import { loadBotloomFile, saveBotloomFile } from './project-file-botloom';
import { BoundedReadError, readProjectText } from '../engine/node/bounded-read';
import { boundedIssue, refusedProjectFile, type ProjectFileIssue } from './project-file-issues';
import { writeFileAtomically } from '../electron/services/temp-files';

export { writeFileAtomically };

export type { ProjectFileIssue };

export type LoadProjectResult =
  | { ok: true; project: Project; warnings: ProjectFileIssue[]; kind: ProjectFileKind; text?: string }
  | { ok: false; errors: ProjectFileIssue[] };
export type SaveProjectResult = { ok: true } | { ok: false; errors: ProjectFileIssue[] };

export type ProjectFileKind = 'json' | 'botloom';

/** The kind of project file a path names, by its extension. */
export function projectFileKind(file: string): ProjectFileKind | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.botloom' ? 'botloom' : undefined;
}

const unknownKind = (file: string): ProjectFileIssue => ({
  code: 'file-type-unknown',
  file,
  message: `${file} is neither a .botloom project nor a botloom/1 .json file: use one of those extensions.`,
});

const fromFormat = (issue: FormatIssue<string>, file: string): ProjectFileIssue => ({
  ...issue,
  file: issue.file ?? file,
});

function readJson(file: string): LoadProjectResult {
  let text: string;
  try {
    text = readProjectText(file);
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    return { ok: false, errors: [boundedIssue(e)] };
  }
  const parsed = parseProject(text, file);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => fromFormat(e, file)) };
  return {
    ok: true,
    project: parsed.project,
    warnings: parsed.warnings.map((w) => fromFormat(w, file)),
    kind: 'json',
    text,
  };
}

export function loadProjectFile(file: string): LoadProjectResult {
  // Before anything opens it: a regular file (symlinks resolved), not a device, FIFO or folder.
  const refused = refusedProjectFile(file);
  if (refused) return { ok: false, errors: [refused] };
  const kind = projectFileKind(file);
  if (kind === 'json') return readJson(file);
  if (kind === 'botloom') {
    const r = loadBotloomFile(file);
    return r.ok ? { ok: true, project: r.project, warnings: [], kind } : { ok: false, errors: r.errors };
  }
  return { ok: false, errors: [unknownKind(file)] };
}

/** Saves a project; `label` names the revision in a `.botloom` file's history. */
export function saveProjectFile(file: string, project: Project, label?: string): SaveProjectResult {
  const kind = projectFileKind(file);
  if (kind === 'json') {
    try {
      writeFileAtomically(file, stringifyProject(project));
      return { ok: true };
    } catch (e) {
      return {
        ok: false,
        errors: [
          { code: 'file-unwritable', file, message: `cannot write ${file}: ${(e as Error).message}.` },
        ],
      };
    }
  }
  if (kind === 'botloom') {
    const r = saveBotloomFile(file, project, label);
    return r.ok ? { ok: true } : { ok: false, errors: r.errors };
  }
  return { ok: false, errors: [unknownKind(file)] };
}
