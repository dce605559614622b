// connect: points one reference slot of a block at a block (a canvas edge drawn from a handle).
import { z } from 'zod';
import { BlockId } from '../../model';
import { editError } from '../edit-error';
import { setAt } from '../json-path';
import type { ProjectDraft } from '../project-draft';
import { unknownBlock, type CommandOutcome } from './outcome';
import { ReferenceSlot, slotKind, slotPath } from './reference-slot';

export const ConnectCommand = z.strictObject({
  type: z.literal('connect'),
  block: BlockId,
  slot: ReferenceSlot,
  target: BlockId,
});
export type ConnectCommand = z.infer<typeof ConnectCommand>;

export function connect(draft: ProjectDraft, command: ConnectCommand): CommandOutcome {
  const place = draft.findBlock(command.block);
  if (!place) return unknownBlock(command.block, ['block']);
  const path = slotPath(command.slot);
  if (!slotKind(place.block, path))
    return editError(
      'invalid-reference-slot',
      `A ${place.block.type} block has no reference slot ${JSON.stringify(path)}.`,
      ['slot'],
    );
  if (!draft.hasBlock(command.target)) return unknownBlock(command.target, ['target']);
  draft.replaceBlock(command.block, setAt(place.block, path, command.target), undefined, place);
  return undefined;
}
