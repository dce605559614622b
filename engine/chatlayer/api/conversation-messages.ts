// `GET /v1/bots/{botId}/conversations/{id}/messages?version=` (observed). Only the envelope is checked
// here: a user's `message` (`{ messageType, … }`) and a bot's (Messenger-shaped) are read by their users
// (engine/chatlayer/pull), so one message of an unknown kind never hides the others.
import { z } from 'zod';

export const ConversationMessage = z.looseObject({
  actor: z.string(),
  timestamp: z.union([z.string(), z.number()]).optional(),
  message: z.looseObject({}),
});
export type ConversationMessage = z.infer<typeof ConversationMessage>;

export const ConversationMessages = z.looseObject({ data: z.array(ConversationMessage) });
export type ConversationMessages = z.infer<typeof ConversationMessages>;
