// The editor store: the renderer's state of one open project (zustand `createStore`), built from slices:
// document, history, selection, view, simulator, annotations.
//
// Edits and undo: the backend's history (the host's journal for a project file) is the one edit history.
// The renderer applies every command locally with engine/edit's applyCommands for instant feedback and
// queues the same commands to the backend with the revision they were based on (`projects.applyCommands`:
// the host re-validates, applies them in one SQLite transaction and journals them). One user gesture (a
// drag, a paste, an auto-layout, a field's typing burst) is one `apply` call, hence one step. Undo, redo
// and restore go through the backend after the queued edits, and the document shows the diff it answers.
// canUndo/canRedo and their labels are the backend's (optimistic while edits are in flight). If the
// backend refuses an edit, the store reloads the backend's document (the backend is the truth). See
// edit-sync.ts.
import { afterNextPaint, whenIdle, type IdleHandle } from '../../ui/when-idle';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Project } from '../../../engine/model';
import type { Diagnostic } from '../../../engine/validate';
import { NO_HISTORY, type EditorBackend, type HistoryState } from './backend';
import { createDocumentSlice } from './document-slice';
import { createEditSync } from './edit-sync';
import { createHistorySlice } from './history-slice';
import { createSelectionSlice } from './selection-slice';
import { createSimulatorSlice } from './simulator-slice';
import type { ProjectState, SliceDeps } from './types';
import { createViewSlice } from './view-slice';
import { createAnnotationSlice } from './annotation-slice';

export type { ProjectState } from './types';
export type { EditorBackend, BackendChange, BackendDocument, BackendCall, HistoryState } from './backend';
export { memoryBackend, NO_HISTORY } from './backend';
export type { ApplyResult } from './document-slice';
export type { Overlay } from './view-slice';
export type { SelectMode } from './selection-slice';
export { ProjectStoreProvider, useProject, useProjectStore } from './context';
export { selectActiveFlow, selectViewLanguage } from './selectors';

export interface EditorStoreOptions {
  backend: EditorBackend;
  /** Where the backend's document and history are (`projects.get`); a fresh history at revision 0 when omitted. */
  confirmed?: { revision: number; history: HistoryState };
  /** Validation run after edits (engine/validate's validateProject); none when omitted. */
  validate?: (project: Project) => Diagnostic[];
  /** Delay before validating after an edit, so a burst of edits validates once. */
  validateDelayMs?: number;
  /** When the canvas never says it is shown, the first validation's delay (default FIRST_VALIDATION_MS). */
  firstValidationMs?: number;
}

/** The first validation's delay when no canvas says it is shown (a store without one). */
export const FIRST_VALIDATION_MS = 1000;

export type EditorStore = StoreApi<ProjectState> & {
  /** Resolves when every queued backend call has finished. */
  whenSynced(): Promise<void>;
  dispose(): void;
};

export function createEditorStore(project: Project, options: EditorStoreOptions): EditorStore {
  const api = () => store;
  const sync = createEditSync(
    options.backend,
    {
      project,
      revision: options.confirmed?.revision ?? 0,
      history: options.confirmed?.history ?? NO_HISTORY,
    },
    {
      showProject: (next) => api().getState().showProject(next),
      showHistory: (history) => api().setState({ ...history }),
      showError: (syncError) => api().setState({ syncError }),
    },
  );
  const deps: SliceDeps = { sync };
  const store = createStore<ProjectState>()((set, get) => ({
    ...createDocumentSlice(project)(set, get, deps),
    ...createHistorySlice(set, get, deps),
    ...createSelectionSlice(project.flows[0]?.id ?? 'main')(set, get, deps),
    ...createViewSlice(set, get, deps),
    ...createSimulatorSlice(set, get, deps),
    ...createAnnotationSlice(set, get, deps),
  }));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const validate = options.validate;
  // The first validation waits until the canvas has shown its first page (markCanvasShown), that frame is painted,
  // and the renderer is next idle: an opened project is painted before its problems are counted, not after (in the
  // app, the first validation of 5,000 blocks takes some 200 ms, its code still cold). Without a canvas, it runs
  // after `firstValidationMs`.
  let validatedOnce = false;
  let first: IdleHandle | undefined;
  const runValidation = () => {
    timer = undefined;
    validatedOnce = true;
    first?.cancel();
    first = undefined;
    if (validate) store.getState().setDiagnostics(validate(store.getState().project));
  };
  const firstWhenIdle = () => {
    if (validatedOnce) return;
    first?.cancel();
    first = afterNextPaint(() => (first = whenIdle(runValidation)));
  };
  if (validate) {
    const fallback = setTimeout(firstWhenIdle, options.firstValidationMs ?? FIRST_VALIDATION_MS);
    first = { cancel: () => clearTimeout(fallback) };
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (!validate) return;
    if (state.canvasShown && !previous.canvasShown) firstWhenIdle();
    if (state.project === previous.project) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(runValidation, options.validateDelayMs ?? 150);
  });

  return Object.assign(store, {
    whenSynced: () => sync.whenSynced(),
    dispose() {
      unsubscribe();
      first?.cancel();
      if (timer !== undefined) clearTimeout(timer);
    },
  });
}
