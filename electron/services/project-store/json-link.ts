// A botloom/1 JSON file edited in place (docs/architecture.md#json-files-edited-in-place). The project and
// its history live in a working copy in the data folder; every change is written back to the JSON file,
// debounced, atomically and deterministically, and flushed on close. A change made to the file from
// outside (a `git pull`) is noticed and waits for the designer: reload (the file's version becomes one
// undoable step on top of the edits, which stay in the history) or keep theirs (the file's version is
// recorded in the history first, then theirs is written). Nothing is written over the file meanwhile.
import { createHash } from 'node:crypto';
import { existsSync, unwatchFile, watchFile } from 'node:fs';
import path from 'node:path';
import { BoundedReadError, readProjectText } from '../../../engine/node/bounded-read';
import { writeFileAtomically } from '../temp-files';
import type { AppliedChange, ProjectFile } from './project-file';
import { parseProjectJson, stringifyProjectJson } from './project-json';
import { storeError, type StoreResult } from './store-error';

/** Where the working copy of `json` is kept: named after the file, unique per absolute path. */
export function workingCopyPath(projectsDir: string, json: string): string {
  const abs = path.resolve(json);
  const stem = path
    .basename(abs)
    .replace(/\.json$/i, '')
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 60);
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 10);
  return path.join(projectsDir, 'linked', `${stem || 'project'}-${hash}.botloom`);
}

/** What the file on disk holds now: its text, or why it cannot be read. */
export type DiskState = { text: string } | { missing: true } | { unreadable: string };

export function readDisk(file: string): DiskState {
  if (!existsSync(file)) return { missing: true };
  try {
    return { text: readProjectText(file) };
  } catch (e) {
    if (e instanceof BoundedReadError)
      return e.code === 'file-missing' ? { missing: true } : { unreadable: e.message };
    return { unreadable: e instanceof Error ? e.message : String(e) };
  }
}

/** An outside change waiting for a decision. `problem` is set when the new file is not a valid project. */
export interface ExternalChange {
  json: string;
  problem: string | null;
}

export interface JsonLinkOptions {
  /** Quiet time after the last change before the file is written (default 300 ms). */
  debounceMs?: number;
  /** How often the file is looked at for outside changes (default 1 s; 0: only when `check()` is called). */
  pollMs?: number;
  /** Called once per outside change noticed (not again until it is resolved). */
  onExternalChange?: (change: ExternalChange) => void;
  /** Called when writing the file failed (the edits stay in the working copy; the next change retries). */
  onWriteError?: (json: string, message: string) => void;
}

export type FileChangeAction = 'reload' | 'keep-mine';

export class JsonLink {
  /** The text the file held when last read or written by this link. */
  #synced: string;
  #canonical: { of: string; text: string | null } | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: ExternalChange | null = null;
  #disposed = false;
  readonly #debounceMs: number;
  readonly #polling: boolean;
  readonly #onPoll = () => void this.check();

  constructor(
    readonly json: string,
    readonly store: ProjectFile,
    synced: string,
    private readonly options: JsonLinkOptions = {},
  ) {
    this.#synced = synced;
    this.#debounceMs = options.debounceMs ?? 300;
    const pollMs = options.pollMs ?? 1_000;
    this.#polling = pollMs > 0;
    if (this.#polling) watchFile(json, { interval: pollMs, persistent: false }, this.#onPoll);
  }

  /** The file's text in the deterministic form (a hand-formatted file is the same document). */
  #syncedDocument(): string | null {
    if (this.#canonical?.of !== this.#synced) {
      const parsed = parseProjectJson(this.#synced, this.json);
      this.#canonical = { of: this.#synced, text: parsed.ok ? stringifyProjectJson(parsed.value) : null };
    }
    return this.#canonical.text;
  }

  /** The outside change waiting for a decision, if any (writes are held until it is resolved). */
  get pending(): ExternalChange | null {
    return this.#pending;
  }

  /** The document changed: write it to the file once changes pause. */
  changed(): void {
    if (this.#disposed) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.flush();
    }, this.#debounceMs);
  }

  /**
   * Writes the document now when it differs from the file. Held while an outside change waits (it would be
   * overwritten) and when the file changed since it was last read (the change is reported instead).
   */
  flush(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#disposed || this.store.closed || this.check()) return;
    const text = this.store.exportJson();
    if (text === this.#synced || text === this.#syncedDocument()) return;
    try {
      writeFileAtomically(this.json, text);
      this.#synced = text;
    } catch (e) {
      this.options.onWriteError?.(
        this.json,
        `${this.json} could not be written (${e instanceof Error ? e.message : String(e)}); your edits are kept in Botloom and are written with the next change.`,
      );
    }
  }

  /**
   * Looks at the file: true when it changed from outside since this link last read or wrote it (the
   * change is then pending, and reported once).
   */
  check(): boolean {
    if (this.#disposed) return false;
    if (this.#pending) return true;
    const disk = readDisk(this.json);
    if ('text' in disk && disk.text === this.#synced) return false;
    let problem: string | null = null;
    if ('missing' in disk) problem = `${this.json} was deleted or moved.`;
    else if ('unreadable' in disk) problem = disk.unreadable;
    else {
      const parsed = parseProjectJson(disk.text, this.json);
      if (!parsed.ok) problem = parsed.error.message;
    }
    this.#pending = { json: this.json, problem };
    this.options.onExternalChange?.(this.#pending);
    return true;
  }

  /**
   * Settles an outside change. `reload`: the file's version replaces the document as one undoable step
   * (undo brings the edits back). `keep-mine`: the file's version is recorded in the history (when it is a
   * valid project), then the document is written over the file. Refused, changing nothing, when there is
   * nothing to settle or the file cannot be reloaded.
   */
  resolve(action: FileChangeAction): StoreResult<AppliedChange | null> {
    if (!this.#pending && !this.check())
      return {
        ok: false,
        error: storeError(
          'stale-revision',
          `${this.json} has not changed on disk; there is nothing to settle.`,
          {
            file: this.json,
          },
        ),
      };
    const disk = readDisk(this.json);
    const parsed = 'text' in disk ? parseProjectJson(disk.text, this.json) : null;
    const name = path.basename(this.json);
    if (action === 'reload') {
      if (!parsed || !parsed.ok)
        return {
          ok: false,
          error: storeError(
            'invalid-project',
            `${name} on disk cannot be reloaded: ${parsed && !parsed.ok ? parsed.error.message : (this.#pending?.problem ?? 'it cannot be read.')} Fix the file and reload, or keep your version.`,
            {
              file: this.json,
              ...(parsed && !parsed.ok && parsed.error.issues ? { issues: parsed.error.issues } : {}),
            },
          ),
        };
      const change = this.store.replaceDocument(parsed.value, `Reload ${name} (changed on disk)`);
      this.#synced = (disk as { text: string }).text;
      this.#pending = null;
      // A hand-formatted file is left as it is until the next edit writes the deterministic form.
      return { ok: true, value: change };
    }
    let change: AppliedChange | null = null;
    if (parsed?.ok) {
      const mine = this.store.project;
      this.store.replaceDocument(parsed.value, `${name} as changed on disk`);
      change = this.store.replaceDocument(mine, `Keep my version of ${name}`);
    }
    this.#pending = null;
    this.#synced = 'text' in disk ? disk.text : '';
    this.flush();
    return { ok: true, value: change };
  }

  /** Stops watching; writes what is left unless an outside change waits. */
  dispose(): void {
    if (this.#disposed) return;
    this.flush();
    this.#disposed = true;
    if (this.#polling) unwatchFile(this.json, this.#onPoll);
  }
}
