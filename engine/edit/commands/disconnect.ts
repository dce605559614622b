// disconnect: clears one reference slot. Optional slots are removed, a rule is removed with its
// target; a button's or `$block` value's target cannot be cleared (delete the button instead).
import { z } from 'zod';
import { BlockId, type GotoBlock } from '../../model';
import { editError } from '../edit-error';
import { setAt } from '../json-path';
import type { ProjectDraft } from '../project-draft';
import { unknownBlock, type CommandOutcome } from './outcome';
import { ReferenceSlot, slotKind, slotPath } from './reference-slot';

export const DisconnectCommand = z.strictObject({
  type: z.literal('disconnect'),
  block: BlockId,
  slot: ReferenceSlot,
});
export type DisconnectCommand = z.infer<typeof DisconnectCommand>;

export function disconnect(draft: ProjectDraft, command: DisconnectCommand): CommandOutcome {
  const place = draft.findBlock(command.block);
  if (!place) return unknownBlock(command.block, ['block']);
  const { block } = place;
  const path = slotPath(command.slot);
  const kind = slotKind(block, path);
  if (!kind)
    return editError(
      'invalid-reference-slot',
      `A ${block.type} block has no reference slot ${JSON.stringify(path)}.`,
      ['slot'],
    );
  if (kind === 'optional') {
    draft.replaceBlock(block.id, setAt(block, path, undefined), undefined, place);
    return undefined;
  }
  if (block.type === 'goto' && path.length === 3 && path[0] === 'rules' && path[2] === 'goTo') {
    const rules = block.rules.filter((_, i) => i !== path[1]);
    draft.replaceBlock(block.id, { ...block, rules } satisfies GotoBlock, undefined, place);
    return undefined;
  }
  return editError(
    'reference-required',
    'This target is required: delete the button or value instead of disconnecting it.',
    ['slot'],
  );
}
