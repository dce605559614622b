// setNote: adds a sticky note, or replaces the note with the same id (its text, colour, size or place).
import { z } from 'zod';
import { Note } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { checkAnnotation, notesOf, writeNotes } from './annotation-lists';
import type { CommandOutcome } from './outcome';

export const SetNoteCommand = z.strictObject({ type: z.literal('setNote'), note: Note });
export type SetNoteCommand = z.infer<typeof SetNoteCommand>;

export function setNote(draft: ProjectDraft, { note }: SetNoteCommand): CommandOutcome {
  const error = checkAnnotation(draft, note, 'notes', ['note']);
  if (error) return error;
  const notes = notesOf(draft);
  const at = notes.findIndex((n) => n.id === note.id);
  writeNotes(draft, at >= 0 ? notes.map((n, i) => (i === at ? note : n)) : [...notes, note]);
  return at >= 0 ? undefined : { created: [note.id] };
}
