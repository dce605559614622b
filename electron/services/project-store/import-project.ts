// Import of botloom/1 JSON into a new project file: every problem is reported with its path, and a
// refused import leaves no file behind (createProject writes beside the target and renames).
import path from 'node:path';
import { BoundedReadError, readProjectText } from '../../../engine/node/bounded-read';
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
    // Bounded: a device, FIFO or huge file is refused before it is read; errors never quote the content.
    text = readProjectText(source);
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    const code =
      e.code === 'file-missing' ? 'file-not-found' : e.code === 'file-header' ? 'invalid-json' : 'io-failed';
    return { ok: false, error: storeError(code, e.message, { file: source }) };
  }
  return importProjectText(text, path.resolve(source), target, options);
}
