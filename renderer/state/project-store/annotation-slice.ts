// Annotation slice: what the canvas shows of notes and frames besides the document: which are selected,
// live positions while one is dragged (a frame's carried blocks go through dragPositions), live sizes
// while one is resized, a note being edited, and a request to centre one (search). Never commands.
import type { Position, Size } from '../../../engine/model';
import type { SliceCreator } from './types';

export interface AnnotationSlice {
  selectedAnnotations: ReadonlySet<string>;
  annotationDrag: ReadonlyMap<string, Position>;
  /** Live frame (position and size) of a note or frame being resized. */
  annotationResize: ReadonlyMap<string, Position & Size>;
  /** The note whose text is being edited, or the frame whose title is. */
  editingAnnotation: string | null;
  annotationFocus: { id: string; nonce: number } | null;
  selectAnnotations(ids: Iterable<string>, mode: 'replace' | 'add' | 'remove'): void;
  setAnnotationDrag(positions: ReadonlyMap<string, Position>): void;
  setAnnotationResize(sizes: ReadonlyMap<string, Position & Size>): void;
  setEditingAnnotation(id: string | null): void;
  /** Shows a note or frame: switches to its flow and centres it. */
  focusAnnotation(id: string): void;
}

export const createAnnotationSlice: SliceCreator<AnnotationSlice> = (set, get) => ({
  selectedAnnotations: new Set(),
  annotationDrag: new Map(),
  annotationResize: new Map(),
  editingAnnotation: null,
  annotationFocus: null,
  selectAnnotations(ids, mode) {
    const current = get().selectedAnnotations;
    const next = new Set(mode === 'replace' ? [] : current);
    for (const id of ids) {
      if (mode === 'remove') next.delete(id);
      else next.add(id);
    }
    if (next.size === current.size && [...next].every((id) => current.has(id))) return;
    set({ selectedAnnotations: next });
  },
  setAnnotationDrag: (annotationDrag) => set({ annotationDrag }),
  setAnnotationResize: (annotationResize) => set({ annotationResize }),
  setEditingAnnotation: (editingAnnotation) => set({ editingAnnotation }),
  focusAnnotation(id) {
    const { project } = get();
    const item = [...(project.notes ?? []), ...(project.frames ?? [])].find((a) => a.id === id);
    if (!item) return;
    set({
      activeFlow: item.flow,
      selected: new Set(),
      selectedAnnotations: new Set([id]),
      annotationFocus: { id, nonce: (get().annotationFocus?.nonce ?? 0) + 1 },
    });
  },
});
