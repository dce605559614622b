// Types shared by the editor store's slices.
import type { AnnotationSlice } from './annotation-slice';
import type { DocumentSlice } from './document-slice';
import type { EditSync } from './edit-sync';
import type { HistorySlice } from './history-slice';
import type { SelectionSlice } from './selection-slice';
import type { SimulatorSlice } from './simulator-slice';
import type { ViewSlice } from './view-slice';

export type ProjectState = DocumentSlice &
  HistorySlice &
  SelectionSlice &
  ViewSlice &
  SimulatorSlice &
  AnnotationSlice;

export interface SliceDeps {
  /** The queue to the backend and the undo/redo state it answered. */
  sync: EditSync;
}

export type SliceCreator<T> = (
  set: (partial: Partial<ProjectState>) => void,
  get: () => ProjectState,
  deps: SliceDeps,
) => T;
