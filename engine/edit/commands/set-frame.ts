// setFrame: adds a frame, or replaces the frame with the same id (title, colour, size: a resize is a
// setFrame). Changing its position here moves the frame alone; moveAnnotations carries its contents.
import { z } from 'zod';
import { Frame } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { checkAnnotation, framesOf, writeFrames } from './annotation-lists';
import type { CommandOutcome } from './outcome';

export const SetFrameCommand = z.strictObject({ type: z.literal('setFrame'), frame: Frame });
export type SetFrameCommand = z.infer<typeof SetFrameCommand>;

export function setFrame(draft: ProjectDraft, { frame }: SetFrameCommand): CommandOutcome {
  const error = checkAnnotation(draft, frame, 'frames', ['frame']);
  if (error) return error;
  const frames = framesOf(draft);
  const at = frames.findIndex((f) => f.id === frame.id);
  writeFrames(draft, at >= 0 ? frames.map((f, i) => (i === at ? frame : f)) : [...frames, frame]);
  return at >= 0 ? undefined : { created: [frame.id] };
}
