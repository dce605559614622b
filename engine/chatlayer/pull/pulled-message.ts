// A conversation's messages as Chatlayer's v1 API lists them (docs/chatlayer.md#the-v1-rest-api, observed shapes).
import { z } from 'zod';
import { MessengerMessage } from '../conformance/messenger-message';

export const PulledUserMessage = z.union([
  z.object({ messageType: z.literal('text'), text: z.string() }).loose(),
  z
    .object({
      messageType: z.literal('postback'),
      title: z.string().default(''),
      nextDialogstateId: z.string().optional(),
      parameters: z.array(z.object({ key: z.string(), value: z.unknown() }).loose()).optional(),
    })
    .loose(),
  z.object({ messageType: z.literal('intro') }).loose(),
  z.object({ messageType: z.string() }).loose(),
]);

export const PulledMessage = z.union([
  z
    .object({
      actor: z.literal('user'),
      timestamp: z.union([z.string(), z.number()]).optional(),
      message: PulledUserMessage,
    })
    .loose(),
  z
    .object({
      actor: z.literal('bot'),
      timestamp: z.union([z.string(), z.number()]).optional(),
      message: MessengerMessage,
    })
    .loose(),
]);
export type PulledMessage = z.infer<typeof PulledMessage>;
