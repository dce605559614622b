// Notes and frames in the canvas window (docs/architecture.md#the-canvas-window): indexed per flow in
// a grid of the same cells as the blocks, so only those in the viewport's cells are mounted. The
// canvas merges these nodes before its block nodes (frames lie under everything).
import type { Node } from '@xyflow/react';
import {
  noteSize,
  type Frame,
  type Note,
  type Position,
  type Project,
  type Size,
} from '../../../engine/model';
import { SpatialIndex, type CellRange } from '../spatial-index';

export type AnnotationNodeData =
  { kind: 'note'; note: Note; resizing: boolean } | { kind: 'frame'; frame: Frame; resizing: boolean };
export type AnnotationNode = Node<AnnotationNodeData>;

export const NOTE_NODE_TYPE = 'botloomNote';
export const FRAME_NODE_TYPE = 'botloomFrame';
/** Node ids of annotations carry a prefix with a character no block id may hold. */
const PREFIX = '@';
export const annotationNodeId = (id: string) => `${PREFIX}${id}`;
export const annotationIdOf = (nodeId: string): string | undefined =>
  nodeId.startsWith(PREFIX) ? nodeId.slice(PREFIX.length) : undefined;

export interface AnnotationIndex {
  notes: ReadonlyMap<string, Note>;
  frames: ReadonlyMap<string, Frame>;
  index: SpatialIndex;
}

const cache = new WeakMap<readonly Note[], WeakMap<readonly Frame[], Map<string, AnnotationIndex>>>();
const NO_NOTES: readonly Note[] = [];
const NO_FRAMES: readonly Frame[] = [];

/** The notes and frames of one flow with their spatial index, built once per version of the lists. */
export function annotationIndex(project: Pick<Project, 'notes' | 'frames'>, flow: string): AnnotationIndex {
  const notesList = project.notes ?? NO_NOTES;
  const framesList = project.frames ?? NO_FRAMES;
  let byFrames = cache.get(notesList);
  if (!byFrames) cache.set(notesList, (byFrames = new WeakMap()));
  let byFlow = byFrames.get(framesList);
  if (!byFlow) byFrames.set(framesList, (byFlow = new Map()));
  const cached = byFlow.get(flow);
  if (cached) return cached;
  const notes = new Map(notesList.filter((n) => n.flow === flow).map((n) => [n.id, n]));
  const frames = new Map(framesList.filter((f) => f.flow === flow).map((f) => [f.id, f]));
  const index = new SpatialIndex([
    ...[...notes.values()].map((n) => ({ id: n.id, ...n.position, ...noteSize(n) })),
    ...[...frames.values()].map((f) => ({ id: f.id, ...f.position, ...f.size })),
  ]);
  const built = { notes, frames, index };
  byFlow.set(flow, built);
  return built;
}

export interface AnnotationWindowInput {
  index: AnnotationIndex;
  range: CellRange | null;
  selected: ReadonlySet<string>;
  drag: ReadonlyMap<string, Position>;
  resize: ReadonlyMap<string, Position & Size>;
}

const nodeCache = new WeakMap<Note | Frame, { key: string; node: AnnotationNode }>();

function nodeFor(
  item: { kind: 'note'; value: Note } | { kind: 'frame'; value: Frame },
  input: AnnotationWindowInput,
): AnnotationNode {
  const { value } = item;
  const live = input.resize.get(value.id);
  const position = live ?? input.drag.get(value.id) ?? value.position;
  const size = live ?? (item.kind === 'note' ? noteSize(item.value) : item.value.size);
  const selected = input.selected.has(value.id);
  const key = `${position.x},${position.y},${size.width},${size.height},${selected}`;
  const cached = nodeCache.get(value);
  if (cached && cached.key === key) return cached.node;
  const frame = item.kind === 'frame';
  const node: AnnotationNode = {
    id: annotationNodeId(value.id),
    type: frame ? FRAME_NODE_TYPE : NOTE_NODE_TYPE,
    position: { x: position.x, y: position.y },
    data: frame
      ? { kind: 'frame', frame: item.value, resizing: !!live }
      : { kind: 'note', note: item.value, resizing: !!live },
    width: size.width,
    height: size.height,
    selected,
    deletable: true,
    connectable: false,
    // Under the blocks and edges; a frame is dragged by its title bar, so its body lets clicks through.
    zIndex: frame ? -2000 : -1000,
    ...(frame ? { dragHandle: '.frame-title', style: { pointerEvents: 'none' as const } } : {}),
  };
  nodeCache.set(value, { key, node });
  return node;
}

/** The React Flow nodes of the notes and frames in the viewport's cells, frames first. */
export function annotationWindow(input: AnnotationWindowInput): AnnotationNode[] {
  if (!input.range) return [];
  const { notes, frames } = input.index;
  if (notes.size === 0 && frames.size === 0) return [];
  const ids = new Set(input.index.index.query(input.range));
  // Whatever is being dragged or resized stays mounted even when its stored place is out of view.
  for (const id of [...input.drag.keys(), ...input.resize.keys()])
    if (notes.has(id) || frames.has(id)) ids.add(id);
  const out: AnnotationNode[] = [];
  for (const id of ids) {
    const frame = frames.get(id);
    if (frame) out.push(nodeFor({ kind: 'frame', value: frame }, input));
  }
  for (const id of ids) {
    const note = notes.get(id);
    if (note) out.push(nodeFor({ kind: 'note', value: note }, input));
  }
  return out;
}
