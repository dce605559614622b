// Go To block (docs/file-format.md#go-to-block): ordered rules, first that holds wins, else `else`.
import { z } from 'zod';
import { BlockId } from '../ids';
import { Condition } from '../condition';
import { blockBase } from './base';
import { defineBlockKind, slotReference, type BlockSlot } from './kind';
import { setVariables, TransitionSets } from './transition-set';

/**
 * A rule: when its condition holds, set `set` (in order) and go to `goTo`. Without `goTo` the rule is not
 * connected yet (validation: not-connected); when it holds, the conversation stops with an error.
 */
export const GotoRule = z.strictObject({ when: Condition, goTo: BlockId.optional(), set: TransitionSets });
export type GotoRule = z.infer<typeof GotoRule>;

export const GotoBlock = z.strictObject({
  ...blockBase,
  type: z.literal('goto'),
  rules: z.array(GotoRule).default([]),
  else: BlockId.optional(),
  elseSet: TransitionSets,
});
export type GotoBlock = z.infer<typeof GotoBlock>;

export const gotoKind = defineBlockKind(GotoBlock, {
  type: 'goto',
  schemaName: 'GotoBlock',
  optionalSlots: ['else'],
  references: (block) => [
    ...block.rules.map((r, i): BlockSlot => ({
      kind: 'rule',
      path: ['rules', i, 'goTo'],
      target: r.goTo,
    })),
    ...slotReference('else', block.else),
  ],
  messages: () => [],
  variablesSet: (block) => [
    ...block.rules.flatMap((r) => setVariables(r.set)),
    ...setVariables(block.elseSet),
  ],
  variableFields: ['variable'],
  newBlock: (base): GotoBlock => ({ ...base, type: 'goto', rules: [] }),
});
