// Get time blocks as Chatlayer `getTime` actions: the target variable and the offset in hours, the two
// settings Chatlayer's Get time plugin documents (docs/chatlayer.md#other-actions).
import { z } from 'zod';
import { GetTimeBlock, VariablePath } from '../../model';
import { importNextOnly } from './action';
import { importHead, type ActionKind } from './kind';

export const GetTimeAction = z.strictObject({
  type: z.literal('getTime'),
  target: VariablePath,
  offset: GetTimeBlock.shape.offsetHours,
});
export type GetTimeAction = z.infer<typeof GetTimeAction>;

export const getTimeChatlayer = {
  shape: 'action',
  type: 'getTime',
  schema: GetTimeAction,
  export(block, ctx) {
    if (block.offsetHours !== undefined && !Number.isInteger(block.offsetHours))
      ctx.warn(
        `has an offset of ${block.offsetHours} hours; Chatlayer documents whole-hour offsets only, so check that it accepts a fraction.`,
      );
    return {
      type: 'getTime',
      target: block.variable,
      ...(block.offsetHours !== undefined ? { offset: block.offsetHours } : {}),
    };
  },
  import: (d, ctx, at): GetTimeBlock => ({
    ...importHead(d),
    type: 'getTime',
    variable: d.action.target,
    ...(d.action.offset !== undefined ? { offsetHours: d.action.offset } : {}),
    ...importNextOnly(d, ctx, at),
  }),
} satisfies ActionKind<'getTime', typeof GetTimeAction>;
