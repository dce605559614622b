// Shared parts of the note and frame commands: the two lists are settings records of the draft
// (absent when empty, so a project without annotations keeps its JSON unchanged).
import type { Frame, Note } from '../../model';
import { editError, type EditError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';

export type AnnotationKey = 'notes' | 'frames';

export const notesOf = (draft: ProjectDraft): readonly Note[] => draft.project.notes ?? [];
export const framesOf = (draft: ProjectDraft): readonly Frame[] => draft.project.frames ?? [];

export function writeNotes(draft: ProjectDraft, notes: readonly Note[]): void {
  draft.setSetting('notes', notes.length ? notes : undefined);
}

export function writeFrames(draft: ProjectDraft, frames: readonly Frame[]): void {
  draft.setSetting('frames', frames.length ? frames : undefined);
}

export const unknownAnnotation = (id: string, path: (string | number)[]): EditError =>
  editError('unknown-annotation', `There is no note or frame "${id}" in the project.`, path);

/** Refuses an annotation whose flow is missing or whose id another note or frame holds. */
export function checkAnnotation(
  draft: ProjectDraft,
  item: { id: string; flow: string },
  own: AnnotationKey,
  path: (string | number)[],
): EditError | undefined {
  if (draft.flowIndex(item.flow) < 0)
    return editError('unknown-flow', `There is no flow "${item.flow}" in the project.`, [...path, 'flow']);
  const other = own === 'notes' ? framesOf(draft) : notesOf(draft);
  if (other.some((a) => a.id === item.id))
    return editError(
      'id-taken',
      `A ${own === 'notes' ? 'frame' : 'note'} already has the id "${item.id}"; choose another id.`,
      [...path, 'id'],
    );
  return undefined;
}

/** Removes every note and frame of a flow (deleteFlow), or moves them to its new id (renameFlow). */
export function retargetAnnotations(draft: ProjectDraft, flow: string, to: string | null): void {
  const move = <T extends { flow: string }>(items: readonly T[]): T[] =>
    to === null
      ? items.filter((a) => a.flow !== flow)
      : items.map((a) => (a.flow === flow ? { ...a, flow: to } : a));
  if (notesOf(draft).some((a) => a.flow === flow)) writeNotes(draft, move(notesOf(draft)));
  if (framesOf(draft).some((a) => a.flow === flow)) writeFrames(draft, move(framesOf(draft)));
}
