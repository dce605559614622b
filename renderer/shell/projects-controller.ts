// The shell's door to the host's projects: the recent list, create, import, export, Save As, the
// Electron menu's File commands, and the host's refusals as text. Shell components call these, never `host`.
import {
  host,
  HostError,
  hostShell,
  type EventPayload,
  type ProjectChange,
  type RecentProject,
} from '../host';
import { useAppStore } from '../state/app-store';
import { confirmingOverwrite } from './confirm-overwrite';

export { hostShell };

/** Reads the recent projects again into the app store. */
export async function refreshRecents(): Promise<void> {
  useAppStore.getState().setRecents(await host.call('projects.list', {}));
}

/** Creates a project file named `name` in the projects folder; the recent list then includes it. */
export async function createProject(name: string): Promise<RecentProject> {
  const project = await host.call('projects.create', { name });
  await refreshRecents();
  return project;
}

/**
 * Opens a botloom/1 JSON file to edit it in place (its history is kept in the data folder); the recent
 * list then includes it.
 */
export async function openJsonProject(file: string): Promise<RecentProject> {
  const project = await host.call('projects.open', { path: file });
  await refreshRecents();
  return project;
}

/** Listens for outside changes of the JSON file `path` edited in place; returns the unsubscribe. */
export function onFileChanged(
  path: string,
  listener: (change: EventPayload<'projects.fileChanged'>) => void,
): () => void {
  const off = [
    host.on('projects.fileChanged', (change) => change.path === path && listener(change)),
    host.on('projects.fileWriteFailed', (failure) =>
      failure.path === path ? useAppStore.getState().setError(failure.message) : undefined,
    ),
  ];
  return () => off.forEach((f) => f());
}

/** Settles an outside change: the file's version becomes an undoable step, or the open one is kept. */
export function resolveFileChange(path: string, action: 'reload' | 'keep-mine'): Promise<ProjectChange> {
  return host.call('projects.resolveFileChange', { path, action });
}

/** Writes the project as botloom/1 JSON; answers where it was written. */
export async function exportProjectJson(path: string, target: string): Promise<string> {
  const { written } = await confirmingOverwrite(target, (overwrite) =>
    host.call('projects.exportJson', { path, target, overwrite }),
  );
  return written ?? target;
}

/** Copies the project file (with its history) to `target`; the recent list then includes the copy. */
export async function saveProjectAs(path: string, target: string): Promise<RecentProject> {
  const copy = await host.call('projects.saveAs', { path, target });
  await refreshRecents();
  return copy;
}

/** Listens to the Electron menu's File commands; returns the unsubscribe. */
export function onMenuCommand(listener: (command: EventPayload<'app.menu'>) => void): () => void {
  return host.on('app.menu', listener);
}

/** The messages of the host's input issues when it refused an input field by field, else null. */
export function fieldIssuesText(error: unknown): string | null {
  if (error instanceof HostError && error.issues?.length)
    return error.issues.map((i) => i.message).join('; ');
  return null;
}

/** The host's refusal in one sentence, with the details of each issue when it gave some. */
export function hostErrorText(error: unknown): string {
  if (error instanceof HostError && error.issues?.length)
    return `${error.message} ${error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`;
  return error instanceof Error ? error.message : String(error);
}
