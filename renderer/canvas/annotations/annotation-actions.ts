// Adding and editing notes and frames, written against the project store like the other canvas actions
// (palette, shortcut and toolbar share them). Each is one command, hence one undo step.
import {
  noteSize,
  type AnnotationColor,
  type Frame,
  type Note,
  type Position,
  type Project,
} from '../../../engine/model';
import { selectActiveFlow, type ApplyResult, type ProjectState } from '../../state/project-store';
import type { StoreApi } from 'zustand/vanilla';
import { flowGraph } from '../flow-graph';
import { NODE_WIDTH, nodeHeight } from '../block-geometry';

type Store = StoreApi<ProjectState>;

export const DEFAULT_FRAME = { width: 520, height: 360 };
const FRAME_PADDING = 40;
/** Room above the first block for the frame's title bar. */
const TITLE_ROOM = 36;

export function freeAnnotationId(project: Pick<Project, 'notes' | 'frames'>, stem: string): string {
  const taken = new Set([...(project.notes ?? []), ...(project.frames ?? [])].map((a) => a.id));
  let n = 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

function applyAndSelect(
  store: Store,
  command: Parameters<ProjectState['apply']>[0][number],
  id: string,
  label: string,
) {
  const state = store.getState();
  const result = state.apply([command], label);
  if (result.ok) {
    state.clearSelection();
    state.selectAnnotations([id], 'replace');
  }
  return result;
}

/** Adds a note centred on `centre` in the active flow, and opens its text for editing. */
export function addNoteAt(store: Store, centre: Position, text = ''): ApplyResult {
  const state = store.getState();
  const id = freeAnnotationId(state.project, 'note');
  const size = noteSize({} as Note);
  const note: Note = {
    id,
    flow: selectActiveFlow(state).id,
    position: { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) },
    text,
  };
  const result = applyAndSelect(store, { type: 'setNote', note }, id, 'Add note');
  if (result.ok) state.setEditingAnnotation(id);
  return result;
}

/** Adds a frame around the selected blocks (with room for its title), or centred on `centre`. */
export function addFrame(store: Store, centre: Position, title = 'Frame'): ApplyResult {
  const state = store.getState();
  const flow = selectActiveFlow(state);
  const g = flowGraph(flow);
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const id of state.selected) {
    const p = g.positions.get(id);
    const d = g.displays.get(id);
    if (!p || !d) continue;
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x + NODE_WIDTH);
    y1 = Math.max(y1, p.y + nodeHeight(d));
  }
  const around = x0 !== Infinity;
  const frame: Frame = {
    id: freeAnnotationId(state.project, 'frame'),
    flow: flow.id,
    title,
    position: around
      ? { x: Math.round(x0 - FRAME_PADDING), y: Math.round(y0 - FRAME_PADDING - TITLE_ROOM) }
      : {
          x: Math.round(centre.x - DEFAULT_FRAME.width / 2),
          y: Math.round(centre.y - DEFAULT_FRAME.height / 2),
        },
    size: around
      ? {
          width: Math.round(x1 - x0 + 2 * FRAME_PADDING),
          height: Math.round(y1 - y0 + 2 * FRAME_PADDING + TITLE_ROOM),
        }
      : DEFAULT_FRAME,
  };
  const result = applyAndSelect(
    store,
    { type: 'setFrame', frame },
    frame.id,
    around ? 'Frame selection' : 'Add frame',
  );
  if (result.ok) state.setEditingAnnotation(frame.id);
  return result;
}

export type NotePatch = Partial<Pick<Note, 'text' | 'color' | 'position' | 'size'>>;
export type FramePatch = Partial<Pick<Frame, 'title' | 'color' | 'position' | 'size'>>;

function find(project: Project, id: string) {
  return {
    note: project.notes?.find((n) => n.id === id),
    frame: project.frames?.find((f) => f.id === id),
  };
}

/** Changes a note's or frame's text, title, colour or frame (a resize) in one command. */
export function updateAnnotation(
  store: Store,
  id: string,
  patch: NotePatch & FramePatch,
  label: string,
): ApplyResult | undefined {
  const state = store.getState();
  const { note, frame } = find(state.project, id);
  if (note) {
    const { title: _title, ...notePatch } = patch;
    return state.apply([{ type: 'setNote', note: { ...note, ...notePatch } }], label);
  }
  if (frame) {
    const { text: _text, ...framePatch } = patch;
    return state.apply([{ type: 'setFrame', frame: { ...frame, ...framePatch } }], label);
  }
  return undefined;
}

/** The next colour in the palette's order (a click on a note's or frame's colour dot). */
export function nextColor(
  color: AnnotationColor | undefined,
  colors: readonly AnnotationColor[],
): AnnotationColor {
  const at = colors.indexOf(color ?? colors[0]!);
  return colors[(at + 1) % colors.length]!;
}
