// React Flow's changes to note and frame nodes, as the canvas's one gesture path treats them
// (docs/architecture.md#the-edit-path): selection and live drag positions stay in the store, a drag
// ends as one moveAnnotations (the engine carries a frame's contents), Delete as one deleteAnnotations.
// The changes to block nodes are handed back untouched.
import type { NodeChange } from '@xyflow/react';
import type { Command } from '../../../engine/edit';
import { frameContents, type Block, type Frame, type Note, type Position } from '../../../engine/model';
import { annotationIdOf } from './annotation-window';

export interface AnnotationChangeOutcome {
  /** The changes to block nodes, for the block interpreter. */
  rest: NodeChange[];
  select: { add: string[]; remove: string[] };
  /** New live positions of the dragged notes and frames (empty once the drag ended); undefined when unchanged. */
  drag?: Map<string, Position>;
  command?: { command: Command; label: string };
}

export function interpretAnnotationChanges(
  changes: NodeChange[],
  ctx: { drag: ReadonlyMap<string, Position>; known: (id: string) => Note | Frame | undefined },
): AnnotationChangeOutcome {
  const outcome: AnnotationChangeOutcome = { rest: [], select: { add: [], remove: [] } };
  const removed: string[] = [];
  let drag: Map<string, Position> | undefined;
  let ended = false;
  for (const change of changes) {
    const id = 'id' in change ? annotationIdOf(change.id) : undefined;
    if (id === undefined) {
      outcome.rest.push(change);
      continue;
    }
    if (!ctx.known(id)) continue;
    if (change.type === 'select') (change.selected ? outcome.select.add : outcome.select.remove).push(id);
    if (change.type === 'remove') removed.push(id);
    // Position changes without `dragging` come from a resize handle; the resizer reports those itself.
    if (change.type !== 'position' || change.dragging === undefined) continue;
    if (change.position) (drag ??= new Map(ctx.drag)).set(id, { ...change.position });
    if (change.dragging === false) ended = true;
  }
  if (removed.length)
    outcome.command = {
      command: { type: 'deleteAnnotations', ids: removed },
      label: removed.length === 1 ? 'Delete note or frame' : `Delete ${removed.length} notes and frames`,
    };
  if (!ended) {
    if (drag) outcome.drag = drag;
    return outcome;
  }
  const moves = [...(drag ?? ctx.drag)]
    .map(([id, p]) => ({ id, position: { x: Math.round(p.x), y: Math.round(p.y) } }))
    .filter(({ id, position }) => {
      const old = ctx.known(id)?.position;
      return !old || old.x !== position.x || old.y !== position.y;
    });
  if (moves.length && !outcome.command) {
    const frames = moves.filter((m) => 'title' in ctx.known(m.id)!).length;
    outcome.command = {
      command: { type: 'moveAnnotations', moves },
      label: frames ? (frames === 1 ? 'Move frame' : `Move ${frames} frames`) : 'Move note',
    };
  }
  outcome.drag = new Map();
  return outcome;
}

/**
 * Where everything a drag moves is shown meanwhile: the dragged notes and frames, and what the dragged
 * frames carry (the same contents the engine's moveAnnotations moves), split into annotations and blocks.
 */
export function carriedPositions(
  drag: ReadonlyMap<string, Position>,
  blocks: readonly Block[],
  notes: readonly Note[],
  frames: readonly Frame[],
): { annotations: Map<string, Position>; blocks: Map<string, Position> } {
  const annotations = new Map(drag);
  const carried = new Map<string, Position>();
  for (const frame of frames) {
    const to = drag.get(frame.id);
    if (!to) continue;
    const d = { x: to.x - frame.position.x, y: to.y - frame.position.y };
    const inside = frameContents(frame, blocks, notes, frames);
    for (const a of [...inside.notes, ...inside.frames])
      if (!annotations.has(a.id)) annotations.set(a.id, { x: a.position.x + d.x, y: a.position.y + d.y });
    for (const [id, p] of inside.blocks)
      if (!carried.has(id)) carried.set(id, { x: p.x + d.x, y: p.y + d.y });
  }
  return { annotations, blocks: carried };
}
