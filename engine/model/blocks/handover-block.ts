// Send to agent block (docs/file-format.md#send-to-agent-block): hands the conversation over to a human agent. It has
// no exit of its own: the project's Offloading opened / disabled blocks run next, and Offloading closed when the
// agent hands the user back (docs/file-format.md#human-hand-over).
import { z } from 'zod';
import { blockBase } from './base';
import { defineBlockKind } from './kind';

export const HandoverBlock = z.strictObject({
  ...blockBase,
  type: z.literal('handover'),
  /** A note for the agent (a template), e.g. why the user asked for one; shown in the agent lane and the trace. */
  note: z.string().optional(),
});
export type HandoverBlock = z.infer<typeof HandoverBlock>;

export const handoverKind = defineBlockKind(HandoverBlock, {
  type: 'handover',
  schemaName: 'HandoverBlock',
  optionalSlots: [],
  references: () => [],
  messages: () => [],
  variablesSet: () => [],
  variableFields: [],
  newBlock: (base): HandoverBlock => ({ ...base, type: 'handover' }),
});
