// moveBlocks: new canvas positions for many blocks at once (one drag ends as one command).
import { z } from 'zod';
import { BlockId, Position } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { unknownBlock, type CommandOutcome } from './outcome';

export const MoveBlocksCommand = z.strictObject({
  type: z.literal('moveBlocks'),
  moves: z.array(z.strictObject({ id: BlockId, position: Position })),
});
export type MoveBlocksCommand = z.infer<typeof MoveBlocksCommand>;

export function moveBlocks(draft: ProjectDraft, command: MoveBlocksCommand): CommandOutcome {
  const places = draft.findBlocks(command.moves.map((m) => m.id));
  for (const [i, move] of command.moves.entries())
    if (!places.has(move.id)) return unknownBlock(move.id, ['moves', i, 'id']);
  for (const { id, position } of command.moves) {
    const place = places.get(id)!;
    const current = draft.project.flows[place.flowIndex]!.blocks[place.index]!;
    const old = current.position;
    if (old && old.x === position.x && old.y === position.y) continue;
    draft.replaceBlock(id, { ...current, position: { x: position.x, y: position.y } }, undefined, {
      ...place,
      block: current,
    });
  }
  return undefined;
}
