// Import of botloom/1 JSON into a new project file: every problem is reported with its path, and a
// refused import leaves no file behind (createProject writes beside the target and renames).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProject, type OpenOptions } from './open-project';
import { parseProjectJson } from './project-json';
import type { ProjectFile } from './project-file';
import { storeError, type StoreResult } from './store-error';

/** Parses `text` (named `source` in messages) and creates the project file `target` from it. */
export function importProjectText(
  text: string,
  source: string,
  target: string,
  options: OpenOptions = {},
): StoreResult<ProjectFile> {
  const parsed = parseProjectJson(text, source);
  if (!parsed.ok) return parsed;
  return createProject(target, parsed.value, options);
}

export function importProjectFile(
  source: string,
  target: string,
  options: OpenOptions = {},
): StoreResult<ProjectFile> {
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: storeError(
        code === 'ENOENT' ? 'file-not-found' : 'io-failed',
        `${source} could not be read (${code}).`,
        { file: source },
      ),
    };
  }
  return importProjectText(text, path.resolve(source), target, options);
}
