// Get time block (docs/file-format.md#get-time-block): stores the conversation clock's time, in UTC and at
// an offset, as an object under a variable (`{now.utc.hours}`, `{now.offset.ISO}`).
import { z } from 'zod';
import { BlockId, VariablePath } from '../ids';
import { blockBase } from './base';
import { defineBlockKind } from './kind';

/** Offsets run from UTC-24:00 to UTC+24:00 in quarter hours (every real time zone's offset is one). */
export const TIME_OFFSET_LIMIT_HOURS = 24;

export const GetTimeBlock = z.strictObject({
  ...blockBase,
  type: z.literal('getTime'),
  variable: VariablePath,
  /** Hours added to UTC for the `offset` part (5.5 is UTC+05:30); no offset part when absent. */
  offsetHours: z
    .number()
    .min(-TIME_OFFSET_LIMIT_HOURS)
    .max(TIME_OFFSET_LIMIT_HOURS)
    .multipleOf(0.25, 'must be a whole number of quarter hours (5.5 is UTC+05:30)')
    .optional(),
  next: BlockId.optional(),
});
export type GetTimeBlock = z.infer<typeof GetTimeBlock>;

export const getTimeKind = defineBlockKind(GetTimeBlock, {
  type: 'getTime',
  schemaName: 'GetTimeBlock',
  optionalSlots: ['next'],
  references: () => [],
  messages: () => [],
  variablesSet: (block) => [block.variable],
  variableFields: ['variable'],
  newBlock: (base): GetTimeBlock => ({ ...base, type: 'getTime', variable: 'now' }),
});
