// renameBlock: changes a block's id and every reference to it across the project: block slots,
// `{ "$block": id }` values, start and fallback block, intents, tests and the Chatlayer id map.
import { z } from 'zod';
import { BlockId, ID_PATTERN, ID_RULE } from '../../model';
import { editError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import { mapBlockReferences, retargetReferences } from '../references';
import { unknownBlock, type CommandOutcome } from './outcome';

export const RenameBlockCommand = z.strictObject({
  type: z.literal('renameBlock'),
  from: BlockId,
  to: BlockId,
});
export type RenameBlockCommand = z.infer<typeof RenameBlockCommand>;

export function renameBlock(draft: ProjectDraft, { from, to }: RenameBlockCommand): CommandOutcome {
  const place = draft.findBlock(from);
  if (!place) return unknownBlock(from, ['from']);
  if (from === to) return undefined;
  if (!ID_PATTERN.test(to))
    return editError('invalid-id', `"${to}" is not a block id: use ${ID_RULE}.`, ['to']);
  if (draft.hasBlock(to)) return editError('id-taken', `A block "${to}" already exists.`, ['to']);
  const rename = (t: string) => (t === from ? to : t);
  draft.replaceBlock(from, mapBlockReferences({ ...place.block, id: to }, rename), undefined, place);
  retargetReferences(draft, rename, { tests: true });
  const ids = draft.project.chatlayer?.ids;
  if (ids && from in ids) {
    const renamed = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k === from ? to : k, v]));
    draft.setSetting('chatlayer', { ...draft.project.chatlayer, ids: renamed });
  }
  return undefined;
}
