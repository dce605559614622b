// moveAnnotations: new positions for notes and frames (one drag ends as one command). A frame carries
// what lies inside it before the move (docs/file-format.md#notes-and-frames): the blocks and notes of
// its flow whose top-left corner is inside it, and the frames wholly inside it, all by the same offset.
import { z } from 'zod';
import { BlockId, frameContents, Position } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { framesOf, notesOf, unknownAnnotation, writeFrames, writeNotes } from './annotation-lists';
import type { CommandOutcome } from './outcome';

export const MoveAnnotationsCommand = z.strictObject({
  type: z.literal('moveAnnotations'),
  moves: z.array(z.strictObject({ id: BlockId, position: Position })),
  /** Whether moved frames carry their contents (the default); false moves the frames alone. */
  carry: z.boolean().optional(),
});
export type MoveAnnotationsCommand = z.infer<typeof MoveAnnotationsCommand>;

const shifted = (p: Position, d: Position): Position => ({ x: p.x + d.x, y: p.y + d.y });

export function moveAnnotations(draft: ProjectDraft, command: MoveAnnotationsCommand): CommandOutcome {
  const notes = notesOf(draft);
  const frames = framesOf(draft);
  const target = new Map<string, Position>();
  for (const [i, move] of command.moves.entries()) {
    if (!notes.some((n) => n.id === move.id) && !frames.some((f) => f.id === move.id))
      return unknownAnnotation(move.id, ['moves', i, 'id']);
    target.set(move.id, move.position);
  }
  const blockTargets = new Map<string, Position>();
  if (command.carry !== false)
    for (const frame of frames) {
      const to = target.get(frame.id);
      if (!to) continue;
      const d = { x: to.x - frame.position.x, y: to.y - frame.position.y };
      if (d.x === 0 && d.y === 0) continue;
      const blocks = draft.project.flows[draft.flowIndex(frame.flow)]?.blocks ?? [];
      const inside = frameContents(frame, blocks, notes, frames);
      for (const a of [...inside.notes, ...inside.frames])
        if (!target.has(a.id)) target.set(a.id, shifted(a.position, d));
      for (const [id, p] of inside.blocks) if (!blockTargets.has(id)) blockTargets.set(id, shifted(p, d));
    }
  const place = <T extends { id: string; position: Position }>(a: T): T => {
    const p = target.get(a.id);
    return p && (p.x !== a.position.x || p.y !== a.position.y) ? { ...a, position: { x: p.x, y: p.y } } : a;
  };
  writeNotes(draft, notes.map(place));
  writeFrames(draft, frames.map(place));
  if (blockTargets.size === 0) return undefined;
  const places = draft.findBlocks(blockTargets.keys());
  for (const [id, position] of blockTargets) {
    const at = places.get(id)!;
    draft.replaceBlock(id, { ...at.block, position }, undefined, at);
  }
  return undefined;
}
