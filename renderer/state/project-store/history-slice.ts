// History slice: undo and redo of whole gestures. The renderer's EditHistory takes the step back locally
// at once; the backend is told to take back its matching step (one gesture = one step on both sides).
import type { SliceCreator } from './types';
import { indexFlows } from './document-slice';

export interface HistorySlice {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  undo(): boolean;
  redo(): boolean;
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
  return {
    ...deps.historyFlags(),
    undo: () => move('undo'),
    redo: () => move('redo'),
  };
};
