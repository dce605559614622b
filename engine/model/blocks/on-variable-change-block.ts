// Event block (docs/file-format.md#event-block): when the watched variable's value changes, its chain runs
// as a detour and the interrupted route then continues (docs/file-format.md#turn-order). It is entered by
// that trigger, not by an edge.
import { z } from 'zod';
import { BlockId, VariablePath } from '../ids';
import { blockBase } from './base';
import { defineBlockKind } from './kind';

export const OnVariableChangeBlock = z.strictObject({
  ...blockBase,
  type: z.literal('onVariableChange'),
  /** The watched variable (a path: `order.status` fires when that part of `order` changes). */
  variable: VariablePath,
  next: BlockId.optional(),
});
export type OnVariableChangeBlock = z.infer<typeof OnVariableChangeBlock>;

export const onVariableChangeKind = defineBlockKind(OnVariableChangeBlock, {
  type: 'onVariableChange',
  schemaName: 'OnVariableChangeBlock',
  optionalSlots: ['next'],
  references: () => [],
  messages: () => [],
  variablesSet: () => [],
  variableFields: ['variable'],
  newBlock: (base): OnVariableChangeBlock => ({ ...base, type: 'onVariableChange', variable: 'status' }),
});
