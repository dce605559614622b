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
import { afterPaintWhenIdle, type IdleHandle } from '../../ui/when-idle';
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
  /**
   * `project` is the document without its blocks' translations (projects.get with `translations: false`): the
   * store makes it whole (edit sync's `loadWhole`) once the canvas has painted it, and refuses edits until then.
   */
  translationsOmitted?: boolean;
  /** When the canvas never says it is shown, the delay before the whole document is loaded (default WHOLE_DOCUMENT_MS). */
  wholeDocumentMs?: number;
}

/** The first validation's delay when no canvas says it is shown (a store without one). */
export const FIRST_VALIDATION_MS = 1000;
/** The whole document's delay, after an open without translations, when no canvas says it is shown. */
export const WHOLE_DOCUMENT_MS = 1000;

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
    ...createDocumentSlice(project, { translationsLoading: options.translationsOmitted === true })(
      set,
      get,
      deps,
    ),
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
  // It also waits for the whole document when the open painted one without its translations first.
  let firstDue = false;
  const firstWhenIdle = () => {
    firstDue = true;
    if (validatedOnce || store.getState().translationsLoading) return;
    first?.cancel();
    first = afterPaintWhenIdle(runValidation);
  };
  if (validate) {
    const fallback = setTimeout(firstWhenIdle, options.firstValidationMs ?? FIRST_VALIDATION_MS);
    first = { cancel: () => clearTimeout(fallback) };
  }

  // An open without translations: once the canvas has painted and the renderer is idle (or after `wholeDocumentMs`
  // without a canvas), the document is made whole, and edits are taken from then on.
  let whole: IdleHandle | undefined;
  let disposed = false;
  const loadWhole = () => {
    if (whole === undefined || disposed) return;
    whole.cancel();
    whole = undefined;
    sync.loadWhole().then(
      () => {
        if (disposed) return;
        store.setState({ translationsLoading: false });
        if (firstDue) firstWhenIdle();
      },
      (error: unknown) => {
        if (disposed) return;
        const message = error instanceof Error ? error.message : String(error);
        store.setState({
          translationsFailed: true,
          syncError: `The project's translations could not be loaded (${message}). Nothing can be edited until the project is opened again.`,
        });
      },
    );
  };
  if (options.translationsOmitted) {
    const fallback = setTimeout(loadWhole, options.wholeDocumentMs ?? WHOLE_DOCUMENT_MS);
    whole = { cancel: () => clearTimeout(fallback) };
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.canvasShown && !previous.canvasShown && whole !== undefined) {
      // After the painted frame, at the next idle moment: what was waiting for that frame goes first.
      whole.cancel();
      whole = afterPaintWhenIdle(loadWhole, 250);
    }
    if (!validate) return;
    if (state.canvasShown && !previous.canvasShown) firstWhenIdle();
    // The whole document replacing the partial one is not an edit: the first validation follows it (loadWhole).
    if (state.project === previous.project || state.translationsLoading) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(runValidation, options.validateDelayMs ?? 150);
  });

  return Object.assign(store, {
    whenSynced: () => sync.whenSynced(),
    dispose() {
      disposed = true;
      unsubscribe();
      whole?.cancel();
      first?.cancel();
      if (timer !== undefined) clearTimeout(timer);
    },
  });
}
