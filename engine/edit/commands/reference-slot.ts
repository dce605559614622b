// Addressing one reference slot of a block: 'next' | 'else' | 'onError' | 'onFail', a rule index,
// or a JSON path such as ['messages', 0, 'buttons', 1, 'goTo'].
import { z } from 'zod';
import { blockReferences, type Block } from '../../model';
import { deepEqual } from '../deep-equal';

export const ReferenceSlot = z.union([
  z.enum(['next', 'else', 'onError', 'onFail']),
  z.number().int().min(0),
  z.array(z.union([z.string(), z.number().int().min(0)])).min(1),
]);
export type ReferenceSlot = z.infer<typeof ReferenceSlot>;

const OPTIONAL_SLOTS: Record<Block['type'], string[]> = {
  message: ['next'],
  input: ['next', 'onFail'],
  goto: ['else'],
  api: ['next', 'onError'],
  code: ['next', 'onError'],
};

export function slotPath(slot: ReferenceSlot): (string | number)[] {
  if (typeof slot === 'string') return [slot];
  if (typeof slot === 'number') return ['rules', slot, 'goTo'];
  return slot;
}

/** Whether `path` is a reference slot of this block: an optional slot of its type, or a reference it holds. */
export function slotKind(block: Block, path: (string | number)[]): 'optional' | 'required' | undefined {
  if (path.length === 1 && OPTIONAL_SLOTS[block.type].includes(String(path[0]))) return 'optional';
  return blockReferences(block).some((r) => deepEqual(r.path, path)) ? 'required' : undefined;
}
