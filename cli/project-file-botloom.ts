// The `.botloom` side of the CLI's project files: read a SQLite project document (read-only, nothing
// written, no lock taken) and write one (a new file, or an undoable replace of an existing one).
import { existsSync } from 'node:fs';
import { createProject, openProject, type StoreError } from '../electron/services/project-store';
import type { Project } from '../engine/model';

export interface BotloomFileError {
  /** Stable kebab-case code of the project store (not-sqlite, not-botloom, newer-version, damaged, locked…). */
  code: string;
  message: string;
  file: string;
  /** JSON path or table location, when the problem has one. */
  path?: string;
}

export type BotloomLoadResult = { ok: true; project: Project } | { ok: false; errors: BotloomFileError[] };
export type BotloomSaveResult = { ok: true; revision: number } | { ok: false; errors: BotloomFileError[] };

const quiet = { autoCheckpointMs: 0, heartbeatMs: 0, walCheckpointMs: 0 };

function errorsOf(error: StoreError, file: string): BotloomFileError[] {
  const base = { code: error.code, file: error.file ?? file };
  if (!error.issues?.length) return [{ ...base, message: error.message }];
  return error.issues.map((i) => ({
    ...base,
    message: `${error.message} ${i.path}: ${i.message}`,
    path: i.path,
  }));
}

export function loadBotloomFile(file: string): BotloomLoadResult {
  const opened = openProject(file, { ...quiet, readOnly: true });
  if (!opened.ok) return { ok: false, errors: errorsOf(opened.error, file) };
  try {
    return { ok: true, project: opened.value.project };
  } finally {
    opened.value.close();
  }
}

/** Creates `file` from `project`, or, when it exists, replaces its document as one undoable step. */
export function saveBotloomFile(
  file: string,
  project: Project,
  label = 'Import from the CLI',
): BotloomSaveResult {
  const opened = existsSync(file) ? openProject(file, quiet) : createProject(file, project, quiet);
  if (!opened.ok) return { ok: false, errors: errorsOf(opened.error, file) };
  const store = opened.value;
  try {
    const change = store.replaceDocument(project, label);
    return { ok: true, revision: change.revision };
  } finally {
    store.close();
  }
}
