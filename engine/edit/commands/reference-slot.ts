// Addressing one reference slot of a block: 'next' | 'else' | 'onError' | 'onFail' | 'noAnswer', a rule index,
// or a JSON path such as ['messages', 0, 'buttons', 1, 'goTo'].
import { z } from 'zod';
import { BLOCK_KINDS, blockSlots, type Block, type OptionalSlot } from '../../model';
import { deepEqual } from '../deep-equal';

export const ReferenceSlot = z.union([
  z.enum(['next', 'else', 'onError', 'onFail', 'noAnswer'] satisfies OptionalSlot[]),
  z.number().int().min(0),
  z.array(z.union([z.string(), z.number().int().min(0)])).min(1),
]);
export type ReferenceSlot = z.infer<typeof ReferenceSlot>;

export function slotPath(slot: ReferenceSlot): (string | number)[] {
  if (typeof slot === 'string') return [slot];
  if (typeof slot === 'number') return ['rules', slot, 'goTo'];
  return slot;
}

/**
 * Whether `path` is a reference slot of this block: an optional slot of its type, or a reference it holds
 * (a button or rule, connected or not).
 */
export function slotKind(block: Block, path: (string | number)[]): 'optional' | 'required' | undefined {
  const optional: readonly string[] = BLOCK_KINDS[block.type].optionalSlots;
  if (path.length === 1 && optional.includes(String(path[0]))) return 'optional';
  return blockSlots(block).some((r) => deepEqual(r.path, path)) ? 'required' : undefined;
}
