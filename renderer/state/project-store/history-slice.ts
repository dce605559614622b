// History slice: undo and redo of whole gestures, and restoring a saved revision. The renderer's EditHistory
// takes the step back locally at once; the backend is told to take back its matching step (one gesture =
// one step on both sides). A restore is a step the host makes: its diff joins the renderer's history so
// that undo takes the restore back on both sides.
import { isEmptyDiff } from '../../../engine/edit';
import type { SliceCreator } from './types';
import { indexFlows } from './document-slice';

export interface HistorySlice {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  undo(): boolean;
  redo(): boolean;
  /**
   * Runs a backend call after every queued edit has reached the backend (a checkpoint or an export then
   * includes the last edit). Its failure is the caller's to show; the document is left as it is.
   */
  afterEdits<T>(call: () => Promise<T>): Promise<T>;
  /**
   * Asks the backend to bring back a saved revision as one undoable step, then shows the backend's
   * document. Rejects, leaving the document unchanged, when the backend refuses.
   */
  restore(revision: number): Promise<void>;
}

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get, deps) => {
  const move = (direction: 'undo' | 'redo'): boolean => {
    const state = get();
    const moved = direction === 'undo' ? deps.history.undo(state.project) : deps.history.redo(state.project);
    if (!moved) return false;
    if (!moved.ok) {
      set({ syncError: moved.error.message, ...deps.historyFlags() });
      return false;
    }
    set({
      project: moved.project,
      revision: state.revision + 1,
      flowOfBlock: indexFlows(moved.project),
      ...deps.historyFlags(),
    });
    deps.sync(() => (direction === 'undo' ? deps.backend.undo() : deps.backend.redo()));
    return true;
  };
  // The call's own failure settles the returned promise; the queue goes on (nothing was changed).
  const afterEdits = <T>(call: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => deps.sync(() => call().then(resolve, reject)));
  return {
    ...deps.historyFlags(),
    undo: () => move('undo'),
    redo: () => move('redo'),
    afterEdits,
    restore: (revision) =>
      afterEdits(async () => {
        const step = await deps.backend.restore(revision);
        const project = await deps.backend.load();
        if (!step.diff || isEmptyDiff(step.diff)) {
          // The host still journals the (empty) step, which the renderer's history cannot mirror: start
          // the renderer's history afresh so its undo never asks the host to take back a different step.
          get().replaceProject(project);
          return;
        }
        // The diff goes from the document before the restore (the same on both sides, the queue being
        // drained) to the host's document after it; undo applies its inverse here and undoes it there.
        deps.history.record(step.diff, step.label ?? `Restore revision ${revision}`);
        const flowOfBlock = indexFlows(project);
        const selected = new Set([...get().selected].filter((id) => flowOfBlock.has(id)));
        set({ project, revision: get().revision + 1, flowOfBlock, selected, ...deps.historyFlags() });
      }),
  };
};
