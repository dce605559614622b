// Opening a botloom/1 JSON file to edit it in place: its working copy (the project with its history) is
// made on first open by importing the file, and reopened after that. When the file changed while it was
// closed (a `git pull`), the file's version is brought in as one undoable step, so the file on disk is
// what opens and the history still holds what was there before.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { openProject, type OpenOptions } from './open-project';
import { importProjectText } from './import-project';
import { JsonLink, readDisk, workingCopyPath, type JsonLinkOptions } from './json-link';
import { parseProjectJson, stringifyProjectJson } from './project-json';
import { storeError, type StoreResult } from './store-error';

export interface LinkedOpen {
  link: JsonLink;
  /** True when the file had changed since the working copy last saw it, and was brought in. */
  reloaded: boolean;
}

export function openLinkedJson(
  json: string,
  projectsDir: string,
  open: OpenOptions = {},
  linkOptions: JsonLinkOptions = {},
): StoreResult<LinkedOpen> {
  const file = path.resolve(json);
  const disk = readDisk(file);
  if ('missing' in disk)
    return {
      ok: false,
      error: storeError('file-not-found', `${file} does not exist: check the path.`, { file }),
    };
  if ('unreadable' in disk) return { ok: false, error: storeError('io-failed', disk.unreadable, { file }) };
  const working = workingCopyPath(projectsDir, file);
  if (!existsSync(working)) {
    mkdirSync(path.dirname(working), { recursive: true });
    const created = importProjectText(disk.text, file, working, open);
    if (!created.ok) return created;
    return {
      ok: true,
      value: { link: new JsonLink(file, created.value, disk.text, linkOptions), reloaded: false },
    };
  }
  // A file that is not a valid project is refused before the working copy is touched.
  const parsed = parseProjectJson(disk.text, file);
  if (!parsed.ok) return parsed;
  const opened = openProject(working, open);
  if (!opened.ok) return opened;
  const store = opened.value;
  // Compared in the deterministic form: a file only formatted differently is the same document.
  const reloaded = store.exportJson() !== stringifyProjectJson(parsed.value);
  if (reloaded) store.replaceDocument(parsed.value, `Reload ${path.basename(file)} (changed on disk)`);
  return { ok: true, value: { link: new JsonLink(file, store, disk.text, linkOptions), reloaded } };
}
