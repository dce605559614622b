// Message block (docs/file-format.md#message-block): sends messages, then follows `next` or waits for the user.
import { z } from 'zod';
import { BlockId } from '../ids';
import { Message } from '../message';
import { blockBase } from './base';
import { buttonReferences, defineBlockKind } from './kind';
import { setVariables, TransitionSets } from './transition-set';

export const MessageBlock = z.strictObject({
  ...blockBase,
  type: z.literal('message'),
  messages: z.array(Message),
  next: BlockId.optional(),
  nextSet: TransitionSets,
});
export type MessageBlock = z.infer<typeof MessageBlock>;

export const messageKind = defineBlockKind(MessageBlock, {
  type: 'message',
  schemaName: 'MessageBlock',
  optionalSlots: ['next'],
  references: (block) => buttonReferences(block.messages, 'messages'),
  messages: (block) => block.messages,
  variablesSet: (block) => setVariables(block.nextSet),
  variableFields: ['variable'],
  texts: { messages: 'messages' },
  newBlock: (base): MessageBlock => ({ ...base, type: 'message', messages: [{ kind: 'text', text: '' }] }),
});
