// The History tab's door to the host: the saved revisions, their changes, checkpoints, and the
// `projects.changed` event. Reads that compare with the document wait for the store's pending edits.
import { host, type ChangeSummary, type Revision } from '../host';
import type { StoreApi } from 'zustand/vanilla';
import type { ProjectState } from '../state/project-store';

type Store = StoreApi<ProjectState>;

type RevisionRef = number | 'current';

/** The project's saved revisions, newest first. */
export function listRevisions(path: string): Promise<Revision[]> {
  return host.call('projects.history', { path });
}

/** Calls `listener` when the host says the project at `path` changed; returns the unsubscribe. */
export function onProjectChanged(path: string, listener: () => void): () => void {
  return host.on('projects.changed', (change) => {
    if (change.path === path) listener();
  });
}

/** What changed from one revision (or the current document) to another, after the pending edits. */
export function diffRevisions(
  store: Store,
  path: string,
  from: RevisionRef,
  to: RevisionRef,
): Promise<ChangeSummary> {
  return store.getState().afterEdits(() => host.call('projects.diffRevisions', { path, from, to }));
}

/** Saves a checkpoint (named, or unnamed when `name` is empty) after the pending edits. */
export function checkpoint(store: Store, path: string, name: string): Promise<Revision> {
  return store
    .getState()
    .afterEdits(() => host.call('projects.checkpoint', { path, name: name || undefined }));
}
