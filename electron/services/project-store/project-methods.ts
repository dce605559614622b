// The host's projects.* methods over open ProjectFiles (one per file, shared by every window that
// shows it): open, get, apply commands, undo/redo, history, checkpoints, restore, import, export, Save As.
// Every change answers its revision, its diff and where undo/redo stand (labels from the journal).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freeProjectFile } from '../file-names';
import { checkWriteTarget } from '../write-target';
import {
  HostError,
  type HostErrorCode,
  type MethodParsedInput as Input,
  type ProjectChange,
  type RecentProject,
} from '../../api';
import type { HostEvents } from '../host-events';
import { importProjectFile } from './import-project';
import type { JsonLink, JsonLinkOptions } from './json-link';
import { openLinkedJson } from './linked-json';
import { openProject, type OpenOptions } from './open-project';
import type { AppliedChange, ProjectFile } from './project-file';
import type { StoreError, StoreResult } from './store-error';
import { ownerTranslations, projectWithoutTranslations } from '../../../engine/model';

export interface RecentsPort {
  touch(entry: { path: string; name: string }): RecentProject;
}

export interface ProjectMethodsOptions {
  projectsDir: string;
  recents: RecentsPort;
  events: HostEvents;
  /** Options for every open (clock, intervals, who). */
  open?: OpenOptions;
}

const HOST_CODES: Partial<Record<StoreError['code'], HostErrorCode>> = {
  'file-not-found': 'not-found',
  'unknown-revision': 'not-found',
  'file-exists': 'conflict',
  locked: 'conflict',
  'history-conflict': 'conflict',
  'stale-revision': 'conflict',
  'edit-refused': 'invalid-input',
  'invalid-json': 'invalid-input',
  'invalid-project': 'invalid-input',
  'invalid-history': 'invalid-input',
  'read-only': 'forbidden',
};

/** A store error as a host error: a stable host code, the store's message, and its issues. */
export function toHostError(error: StoreError): HostError {
  return new HostError(HOST_CODES[error.code] ?? error.code, error.message, error.issues);
}

function unwrap<T>(result: StoreResult<T>): T {
  if (!result.ok) throw toHostError(result.error);
  return result.value;
}

/** Open stores by absolute path; close them all when the host stops. A botloom/1 JSON file is opened
 * through its working copy and linked to it (json-link.ts): its path names the store everywhere. */
export class ProjectSessions {
  readonly #stores = new Map<string, ProjectFile>();
  readonly #links = new Map<string, JsonLink>();

  constructor(
    private readonly options: OpenOptions = {},
    private readonly linked: { projectsDir: string; link?: JsonLinkOptions } | null = null,
  ) {}

  open(file: string): ProjectFile {
    const abs = path.resolve(file);
    const link = this.#links.get(abs);
    if (link && !link.store.closed) return link.store;
    const open = this.#stores.get(abs);
    if (open && !open.closed) return open;
    if (this.linked && /\.json$/i.test(abs)) return this.#openJson(abs, this.linked);
    const store = unwrap(openProject(abs, this.options));
    this.#stores.set(abs, store);
    return store;
  }

  #openJson(abs: string, linked: { projectsDir: string; link?: JsonLinkOptions }): ProjectFile {
    const { link } = unwrap(openLinkedJson(abs, linked.projectsDir, this.options, linked.link));
    this.#links.set(abs, link);
    return link.store;
  }

  adopt(store: ProjectFile): ProjectFile {
    this.#stores.set(store.file, store);
    return store;
  }

  get(file: string): ProjectFile {
    const abs = path.resolve(file);
    const store = this.#links.get(abs)?.store ?? this.#stores.get(abs);
    if (!store || store.closed) throw new HostError('not-found', `${file} is not open; open it first.`);
    return store;
  }

  /** The JSON file a store edits in place, if it was opened that way. */
  linkOf(file: string): JsonLink | undefined {
    return this.#links.get(path.resolve(file));
  }

  /** The path a store is known by: its JSON file when linked, else its own. */
  pathOf(store: ProjectFile): string {
    for (const link of this.#links.values()) if (link.store === store) return link.json;
    return store.file;
  }

  close(file: string): void {
    const abs = path.resolve(file);
    const link = this.#links.get(abs);
    if (link) {
      link.dispose();
      link.store.close();
      this.#links.delete(abs);
      return;
    }
    this.#stores.get(abs)?.close();
    this.#stores.delete(abs);
  }

  closeAll(): void {
    for (const link of this.#links.values()) {
      link.dispose();
      link.store.close();
    }
    this.#links.clear();
    for (const store of this.#stores.values()) store.close();
    this.#stores.clear();
  }
}

export function createProjectMethods(
  { projectsDir, recents, events, open }: ProjectMethodsOptions,
  sessions = new ProjectSessions(open, {
    projectsDir,
    link: {
      onExternalChange: ({ json, problem }) => events.emit('projects.fileChanged', { path: json, problem }),
      onWriteError: (json, message) => events.emit('projects.fileWriteFailed', { path: json, message }),
    },
  }),
) {
  const changed = (store: ProjectFile, change: AppliedChange | null): ProjectChange => {
    const known = sessions.pathOf(store);
    if (change) {
      sessions.linkOf(known)?.changed();
      events.emit('projects.changed', { path: known, revision: change.revision });
    }
    return {
      revision: store.revision,
      diff: change?.diff ?? null,
      label: change?.label ?? null,
      history: store.history,
    };
  };
  const remember = (store: ProjectFile) =>
    recents.touch({ path: sessions.pathOf(store), name: store.project.name });

  const methods = {
    'projects.open': ({ path: file }: Input<'projects.open'>) => remember(sessions.open(file)),
    'projects.close': ({ path: file }: Input<'projects.close'>) => {
      sessions.close(file);
      return {};
    },
    'projects.get': ({ path: file, translations = true }: Input<'projects.get'>) => {
      const store = sessions.get(file);
      const primary = translations ? undefined : projectWithoutTranslations(store.project);
      return {
        path: sessions.pathOf(store),
        revision: store.revision,
        project: primary?.project ?? store.project,
        history: store.history,
        ...(primary?.omitted ? { translationsOmitted: true as const } : {}),
      };
    },
    'projects.translations': ({ path: file }: Input<'projects.translations'>) => {
      const store = sessions.get(file);
      return { revision: store.revision, owners: ownerTranslations(store.project) };
    },
    'projects.applyCommands': (input: Input<'projects.applyCommands'>) => {
      const store = sessions.get(input.path);
      return changed(
        store,
        unwrap(store.applyCommands(input.commands, { label: input.label, baseRevision: input.baseRevision })),
      );
    },
    'projects.undo': ({ path: file }: Input<'projects.undo'>) => {
      const store = sessions.get(file);
      return changed(store, unwrap(store.undo()));
    },
    'projects.redo': ({ path: file }: Input<'projects.redo'>) => {
      const store = sessions.get(file);
      return changed(store, unwrap(store.redo()));
    },
    'projects.history': ({ path: file }: Input<'projects.history'>) => sessions.get(file).listRevisions(),
    'projects.checkpoint': ({ path: file, name }: Input<'projects.checkpoint'>) =>
      sessions.get(file).checkpoint(name),
    'projects.diffRevisions': (input: Input<'projects.diffRevisions'>) =>
      unwrap(sessions.get(input.path).diffRevisions(input.from, input.to)),
    'projects.restore': ({ path: file, revision }: Input<'projects.restore'>) => {
      const store = sessions.get(file);
      return changed(store, unwrap(store.restoreRevision(revision)));
    },
    'projects.resolveFileChange': ({ path: file, action }: Input<'projects.resolveFileChange'>) => {
      const link = sessions.linkOf(file);
      if (!link) throw new HostError('not-found', `${file} is not a JSON file open for editing in place.`);
      return changed(link.store, unwrap(link.resolve(action)));
    },
    'projects.import': ({ source, target }: Input<'projects.import'>) => {
      mkdirSync(target ? path.dirname(target) : projectsDir, { recursive: true });
      const file = target ?? freeProjectFile(projectsDir, path.basename(source).replace(/\.json$/i, ''));
      return remember(sessions.adopt(unwrap(importProjectFile(source, file, open))));
    },
    'projects.exportJson': (input: Input<'projects.exportJson'>) => {
      const { path: file, target } = input;
      if (target) checkWriteTarget(target, input.overwrite);
      const json = sessions.get(file).exportJson();
      if (target) writeFileSync(target, json);
      return { json, written: target ?? null };
    },
    'projects.saveAs': ({ path: file, target }: Input<'projects.saveAs'>) => {
      const store = sessions.get(file);
      unwrap(store.saveAs(path.resolve(target)));
      sessions.close(file);
      return remember(sessions.open(target));
    },
  };
  return { methods, sessions };
}
