// JSON builder blocks as Chatlayer `jsonBuilder` actions: the object's keys as entries (text or
// variable values, like the API action's body) and the "Send config to parent window" switch.
import { z } from 'zod';
import type { JsonBuilderBlock } from '../../model';
import { isPlainEntryValue, toEntries } from '../export/entry-values';
import { ChatlayerEntry } from '../export/message-schema';
import { importEntries } from '../import/import-values';
import { importNextOnly } from './action';
import { importHead, type ActionKind } from './kind';

export const JsonBuilderAction = z.strictObject({
  type: z.literal('jsonBuilder'),
  entries: z.array(ChatlayerEntry),
  sendToParentWindow: z.boolean().optional(),
});
export type JsonBuilderAction = z.infer<typeof JsonBuilderAction>;

export const jsonBuilderChatlayer = {
  shape: 'action',
  type: 'jsonBuilder',
  schema: JsonBuilderAction,
  export(block, ctx) {
    if (Object.values(block.data).some((v) => !isPlainEntryValue(v, false)))
      ctx.warn(
        "builds values that are not text (numbers, lists, objects); Chatlayer's JSON builder takes text or a variable per key, so they are written as JSON text.",
      );
    return {
      type: 'jsonBuilder',
      entries: toEntries(block.data),
      ...(block.toParentWindow ? { sendToParentWindow: true } : {}),
    };
  },
  import: (d, ctx, at): JsonBuilderBlock => ({
    ...importHead(d),
    type: 'jsonBuilder',
    data: importEntries(d.action.entries, 'json', ctx, [...at, 'action', 'entries']),
    ...(d.action.sendToParentWindow ? { toParentWindow: true } : {}),
    ...importNextOnly(d, ctx, at),
  }),
} satisfies ActionKind<'jsonBuilder', typeof JsonBuilderAction>;
