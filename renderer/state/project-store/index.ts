// The store of one open project (zustand `createStore`), built from slices: document, history,
// selection, view, simulator.
//
// Design of edits and undo (docs/architecture.md#the-edit-path): the renderer applies every command locally with
// engine/edit `applyCommand` for instant feedback and queues the same commands to the backend
// (`projects.applyCommands`: the host re-validates, applies them in one SQLite transaction and journals
// them). One user gesture (a drag, a paste, an auto-layout, a field's typing burst) is one `apply` call,
// hence one step in the renderer's EditHistory AND one step in the host's history. Undo/redo take the
// step back locally at once (inverse diff) and ask the host to take back its matching step, so both
// histories move in lockstep. Calls to the host run strictly in order; if the host refuses one, the
// store reloads the project from the host and clears its history (the host is the truth). Restoring a saved
// revision is a step the host makes (`projects.restore`): the store records the host's diff as one step
// and shows the host's document, so undo takes the restore back on both sides too.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EditHistory } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import type { ProjectBackend } from './backend';
import { createDocumentSlice } from './document-slice';
import { createHistorySlice } from './history-slice';
import { createSelectionSlice } from './selection-slice';
import { createSimulatorSlice } from './simulator-slice';
import type { ProjectState, SliceDeps } from './types';
import { createViewSlice, type ProjectDiagnostic } from './view-slice';

export type { ProjectState } from './types';
export type { ProjectBackend, RestoredStep } from './backend';
export { memoryBackend } from './backend';
export type { ApplyResult } from './document-slice';
export type { ProjectDiagnostic, Overlay } from './view-slice';
export type { SelectMode } from './selection-slice';
export { ProjectStoreProvider, useProject, useProjectStore } from './context';

export interface ProjectStoreOptions {
  backend: ProjectBackend;
  /** Validation run after edits (engine/validate's validateProject); none when omitted. */
  validate?: (project: Project) => ProjectDiagnostic[];
  /** Delay before validating after an edit, so a burst of edits validates once. */
  validateDelayMs?: number;
}

export type ProjectStore = StoreApi<ProjectState> & {
  /** Resolves when every queued backend call has finished. */
  whenSynced(): Promise<void>;
  dispose(): void;
};

export function createProjectStore(project: Project, options: ProjectStoreOptions): ProjectStore {
  const history = new EditHistory();
  let queue: Promise<void> = Promise.resolve();
  const api = () => store;
  const deps: SliceDeps = {
    history,
    backend: options.backend,
    historyFlags: () => ({
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      undoLabel: history.undoLabel,
      redoLabel: history.redoLabel,
    }),
    sync(call) {
      queue = queue.then(call).catch(async (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        try {
          const fresh = await options.backend.load();
          api().getState().replaceProject(fresh);
        } finally {
          api().setState({ syncError: `The edit was not saved and the project was reloaded: ${message}` });
        }
      });
    },
  };
  const store = createStore<ProjectState>()((set, get) => ({
    ...createDocumentSlice(project)(set, get, deps),
    ...createHistorySlice(set, get, deps),
    ...createSelectionSlice(project.flows[0]?.id ?? 'main')(set, get, deps),
    ...createViewSlice(set, get, deps),
    ...createSimulatorSlice(set, get, deps),
  }));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const validate = options.validate;
  const runValidation = () => {
    timer = undefined;
    if (validate) store.getState().setDiagnostics(validate(store.getState().project));
  };
  if (validate) runValidation();
  const unsubscribe = store.subscribe((state, previous) => {
    if (!validate || state.project === previous.project) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(runValidation, options.validateDelayMs ?? 150);
  });

  return Object.assign(store, {
    whenSynced: async () => {
      let last: Promise<void>;
      do {
        last = queue;
        await last;
      } while (last !== queue);
    },
    dispose() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
  });
}
