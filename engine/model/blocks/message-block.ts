// Message block (docs/file-format.md#message-block): sends messages, then follows `next` or waits for the user.
import { z } from 'zod';
import { BlockId } from '../ids';
import { Message } from '../message';
import { blockBase } from './base';

export const MessageBlock = z.strictObject({
  ...blockBase,
  type: z.literal('message'),
  messages: z.array(Message),
  next: BlockId.optional(),
});
export type MessageBlock = z.infer<typeof MessageBlock>;
