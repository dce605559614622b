// pasteBlocks: inserts copied blocks into a flow. Ids that collide become `ask_2`, `ask_3`…, references
// among the pasted blocks follow the new ids; references to other blocks stay if the project has them,
// otherwise optional slots are cleared (`dropped`) and required ones are kept and reported (`dangling`).
import { z } from 'zod';
import { Block, FlowId, Position } from '../../model';
import type { ProjectDraft } from '../project-draft';
import { isOptionalSlot, mapBlockReferences, type ReferenceSite } from '../references';
import { unknownFlow, type CommandOutcome } from './outcome';

export const PasteBlocksCommand = z.strictObject({
  type: z.literal('pasteBlocks'),
  flow: FlowId,
  blocks: z.array(Block).min(1),
  /** Where in the flow the blocks go (default: the end). */
  index: z.number().int().min(0).optional(),
  /** Added to every pasted position, so a paste does not cover its original. */
  offset: Position.optional(),
});
export type PasteBlocksCommand = z.infer<typeof PasteBlocksCommand>;

/** `base_2`, `base_3`… (an existing `_N` suffix is replaced), the first that is free. */
export function freshBlockId(id: string, taken: (id: string) => boolean): string {
  const base = id.replace(/_\d+$/, '') || id;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = base.slice(0, 64 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

export function pasteBlocks(draft: ProjectDraft, command: PasteBlocksCommand): CommandOutcome {
  const fi = draft.flowIndex(command.flow);
  if (fi < 0) return unknownFlow(command.flow, ['flow']);
  const existing = new Set<string>();
  for (const flow of draft.project.flows) for (const block of flow.blocks) existing.add(block.id);

  // Ids that are free keep their id; the others get a fresh one that avoids both the project and the paste.
  const reserved = new Set<string>();
  const keeps = command.blocks.map((b) => {
    const keep = !existing.has(b.id) && !reserved.has(b.id);
    if (keep) reserved.add(b.id);
    return keep;
  });
  const newIds = command.blocks.map((b, i) => {
    if (keeps[i]) return b.id;
    const id = freshBlockId(b.id, (c) => existing.has(c) || reserved.has(c));
    reserved.add(id);
    return id;
  });
  const idMap = new Map<string, string>();
  const renamed: Record<string, string> = {};
  command.blocks.forEach((b, i) => {
    if (idMap.has(b.id)) return;
    idMap.set(b.id, newIds[i]!);
    if (newIds[i] !== b.id) renamed[b.id] = newIds[i]!;
  });

  const dropped: ReferenceSite[] = [];
  const dangling: ReferenceSite[] = [];
  const size = draft.project.flows[fi]!.blocks.length;
  let at = Math.min(command.index ?? size, size);
  command.blocks.forEach((original, i) => {
    const id = newIds[i]!;
    let block = mapBlockReferences({ ...original, id } as Block, (target, ref) => {
      const mapped = idMap.get(target);
      if (mapped !== undefined) return mapped;
      if (existing.has(target)) return target;
      (isOptionalSlot(ref.path) ? dropped : dangling).push({ path: ['blocks', id, ...ref.path], target });
      return null;
    });
    if (command.offset && block.position)
      block = {
        ...block,
        position: { x: block.position.x + command.offset.x, y: block.position.y + command.offset.y },
      };
    draft.insertBlock(command.flow, at++, block);
  });
  return { created: newIds, renamed, dropped, dangling };
}
