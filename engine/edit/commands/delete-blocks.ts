// deleteBlocks: removes blocks and reports the references left dangling (the UI warns). With
// `reconnect`, references to a deleted block whose only way out was `next` are re-pointed to that next.
import { z } from 'zod';
import { blockReferences, BlockId, type Block } from '../../model';
import type { BlockPlace, ProjectDraft } from '../project-draft';
import { referencesTo, retargetReferences } from '../references';
import { unknownBlock, type CommandOutcome } from './outcome';

export const DeleteBlocksCommand = z.strictObject({
  type: z.literal('deleteBlocks'),
  ids: z.array(BlockId).min(1),
  reconnect: z.boolean().optional(),
});
export type DeleteBlocksCommand = z.infer<typeof DeleteBlocksCommand>;

/** For each deleted block that only continues with `next`, the first surviving block down that chain. */
function reconnections(blocks: Map<string, Block>): Map<string, string> {
  const single = new Map<string, string>();
  for (const [id, block] of blocks) {
    const refs = blockReferences(block);
    if (refs.length === 1 && refs[0]!.kind === 'next') single.set(id, refs[0]!.target);
  }
  const resolved = new Map<string, string>();
  for (const id of single.keys()) {
    let target: string | undefined = single.get(id);
    const seen = new Set([id]);
    while (target !== undefined && blocks.has(target) && !seen.has(target)) {
      seen.add(target);
      target = single.get(target);
    }
    if (target !== undefined && !blocks.has(target)) resolved.set(id, target);
  }
  return resolved;
}

/** Removes the blocks at `places`, last first so that earlier indices stay valid. */
export function removeBlocks(draft: ProjectDraft, places: BlockPlace[]): void {
  const order = [...places].sort((a, b) => b.flowIndex - a.flowIndex || b.index - a.index);
  for (const place of order) draft.removeBlock(place.block.id, place);
}

export function deleteBlocks(draft: ProjectDraft, command: DeleteBlocksCommand): CommandOutcome {
  const places = draft.findBlocks(command.ids);
  for (const [i, id] of command.ids.entries()) if (!places.has(id)) return unknownBlock(id, ['ids', i]);
  const deleted = new Map([...places].map(([id, p]) => [id, p.block]));
  const replacement = command.reconnect ? reconnections(deleted) : new Map<string, string>();
  removeBlocks(draft, [...places.values()]);
  if (replacement.size > 0) retargetReferences(draft, (t) => replacement.get(t) ?? t, { tests: false });
  return { dangling: referencesTo(draft.project, new Set(deleted.keys())) };
}
