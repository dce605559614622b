// History slice: where undo/redo stand (as the backend's history answers it, optimistic while edits are
// in flight), undo and redo of whole gestures, and restoring a saved revision. All three go through the
// backend, after the queued edits, and show the backend's diff; the labels are the backend's.
import type { BackendChange } from './backend';
import type { SliceCreator } from './types';

export interface HistorySlice {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Takes back the last step of the backend's history; resolves true when one was taken back. */
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
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
  /** Shows the answer of a backend call that changed the document itself (after the queued edits). */
  adoptChange(call: () => Promise<BackendChange>): Promise<void>;
}

export const createHistorySlice: SliceCreator<HistorySlice> = (_set, get, deps) => ({
  ...deps.sync.history(),
  undo: () => (get().canUndo ? deps.sync.move('undo') : Promise.resolve(false)),
  redo: () => (get().canRedo ? deps.sync.move('redo') : Promise.resolve(false)),
  afterEdits: (call) => deps.sync.afterEdits(call),
  restore: (revision) => deps.sync.restore(revision),
  adoptChange: (call) => deps.sync.adoptChange(call),
});
