// The editor store's backend in the app: the host's project file through the contract (projects.open /
// get / applyCommands / undo / redo / restore). The host re-validates and journals every batch; its
// answers (revision, diff, undo/redo with the journal's labels) are passed on whole: they are the truth.
import type { HostClient } from '../../../electron/api/create-client';
import type { BackendDocument, EditorBackend } from './backend';

type Caller = Pick<HostClient, 'call'>;

/**
 * Opens the project file in the host and answers its revision, history and document, without the blocks'
 * translations: the canvas paints sooner, and createEditorStore puts them back after (`translations`).
 */
export async function loadProject(
  host: Caller,
  path: string,
): Promise<BackendDocument & { translationsOmitted?: true }> {
  await host.call('projects.open', { path });
  return host.call('projects.get', { path, translations: false });
}

export function hostBackend(host: Caller, path: string): EditorBackend {
  return {
    applyCommands: (commands, label, baseRevision) =>
      host.call('projects.applyCommands', { path, commands, label, baseRevision }),
    undo: () => host.call('projects.undo', { path }),
    redo: () => host.call('projects.redo', { path }),
    restore: (revision) => host.call('projects.restore', { path, revision }),
    load: () => host.call('projects.get', { path }),
    translations: () => host.call('projects.translations', { path }),
  };
}
