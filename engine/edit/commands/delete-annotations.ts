// deleteAnnotations: removes notes and frames by id. A frame's blocks stay where they are.
import { z } from 'zod';
import { BlockId } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { framesOf, notesOf, unknownAnnotation, writeFrames, writeNotes } from './annotation-lists';
import type { CommandOutcome } from './outcome';

export const DeleteAnnotationsCommand = z.strictObject({
  type: z.literal('deleteAnnotations'),
  ids: z.array(BlockId).min(1, 'name at least one note or frame'),
});
export type DeleteAnnotationsCommand = z.infer<typeof DeleteAnnotationsCommand>;

export function deleteAnnotations(draft: ProjectDraft, { ids }: DeleteAnnotationsCommand): CommandOutcome {
  const notes = notesOf(draft);
  const frames = framesOf(draft);
  for (const [i, id] of ids.entries())
    if (!notes.some((n) => n.id === id) && !frames.some((f) => f.id === id))
      return unknownAnnotation(id, ['ids', i]);
  const gone = new Set(ids);
  writeNotes(
    draft,
    notes.filter((n) => !gone.has(n.id)),
  );
  writeFrames(
    draft,
    frames.filter((f) => !gone.has(f.id)),
  );
  return undefined;
}
