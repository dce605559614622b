// Clear session block (docs/file-format.md#clear-session-block): the session goes back to the declared defaults.
import { z } from 'zod';
import { BlockId } from '../ids';
import { blockBase } from './base';
import { defineBlockKind } from './kind';

export const ClearSessionBlock = z.strictObject({
  ...blockBase,
  type: z.literal('clearSession'),
  next: BlockId.optional(),
});
export type ClearSessionBlock = z.infer<typeof ClearSessionBlock>;

export const clearSessionKind = defineBlockKind(ClearSessionBlock, {
  type: 'clearSession',
  schemaName: 'ClearSessionBlock',
  optionalSlots: ['next'],
  references: () => [],
  messages: () => [],
  variablesSet: () => [],
  variableFields: [],
  newBlock: (base): ClearSessionBlock => ({ ...base, type: 'clearSession' }),
});
