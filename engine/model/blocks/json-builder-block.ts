// JSON builder block (docs/file-format.md#json-builder-block): sends a data-only event (no chat bubble) whose
// object is built from templates, for the page or channel that hosts the bot.
import { z } from 'zod';
import { BlockId, Json } from '../ids';
import { blockBase } from './base';
import { defineBlockKind } from './kind';

export const JsonBuilderBlock = z.strictObject({
  ...blockBase,
  type: z.literal('jsonBuilder'),
  /** The event's object: keys with values whose strings are templates (a lone `{path}` keeps its JSON type). */
  data: z.record(z.string(), Json),
  /** Chatlayer's "Send config to parent window" (web channel): the page receives it as a window event. */
  toParentWindow: z.boolean().optional(),
  next: BlockId.optional(),
});
export type JsonBuilderBlock = z.infer<typeof JsonBuilderBlock>;

export const jsonBuilderKind = defineBlockKind(JsonBuilderBlock, {
  type: 'jsonBuilder',
  schemaName: 'JsonBuilderBlock',
  optionalSlots: ['next'],
  references: () => [],
  messages: () => [],
  variablesSet: () => [],
  variableFields: [],
  newBlock: (base): JsonBuilderBlock => ({
    ...base,
    type: 'jsonBuilder',
    data: { language: '{language}' },
  }),
});
