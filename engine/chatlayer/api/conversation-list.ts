// `GET /v1/bots/{botId}/conversations?version=&page=&limit=` (observed): one page of conversations;
// pages count from 1, `limit` is at most 100 (10 when absent). The conversation id is the session id.
import { z } from 'zod';

export const ConversationSummary = z.looseObject({
  user: z.looseObject({ id: z.string(), sessionId: z.string() }),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationList = z.looseObject({ data: z.array(ConversationSummary) });
export type ConversationList = z.infer<typeof ConversationList>;

export const MAX_PAGE_LIMIT = 100;
export const DEFAULT_PAGE_LIMIT = 10;
