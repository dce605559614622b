// Types shared by the project store's slices.
import type { EditHistory } from '../../../engine/edit';
import type { ProjectBackend } from './backend';
import type { DocumentSlice } from './document-slice';
import type { HistorySlice } from './history-slice';
import type { SelectionSlice } from './selection-slice';
import type { SimulatorSlice } from './simulator-slice';
import type { ViewSlice } from './view-slice';

export type ProjectState = DocumentSlice & HistorySlice & SelectionSlice & ViewSlice & SimulatorSlice;

export interface SliceDeps {
  history: EditHistory;
  backend: ProjectBackend;
  /** Queues a call to the backend after the ones already queued. */
  sync(call: () => Promise<void>): void;
  historyFlags(): Pick<HistorySlice, 'canUndo' | 'canRedo' | 'undoLabel' | 'redoLabel'>;
}

export type SliceCreator<T> = (
  set: (partial: Partial<ProjectState>) => void,
  get: () => ProjectState,
  deps: SliceDeps,
) => T;
