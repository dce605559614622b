// Go To block (docs/file-format.md#go-to-block): ordered rules, first that holds wins, else `else`.
import { z } from 'zod';
import { BlockId } from '../ids';
import { Condition } from '../condition';
import { blockBase } from './base';

export const GotoRule = z.strictObject({ when: Condition, goTo: BlockId });
export type GotoRule = z.infer<typeof GotoRule>;

export const GotoBlock = z.strictObject({
  ...blockBase,
  type: z.literal('goto'),
  rules: z.array(GotoRule).default([]),
  else: BlockId.optional(),
});
export type GotoBlock = z.infer<typeof GotoBlock>;
