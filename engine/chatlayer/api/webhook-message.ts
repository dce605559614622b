// `POST /v1/channels/webhook/{channelId}/messages` (observed): a user message into a webhook channel.
// The bot's answers come back asynchronously, one POST each, to the channel's webhook URL.
import { z } from 'zod';
import { Json } from '../../model';

export const KeyValue = z.looseObject({ key: z.string(), value: Json });
export type KeyValue = z.infer<typeof KeyValue>;

export const IntroMessage = z.looseObject({ introMessage: z.looseObject({}) });
export const TextMessage = z.looseObject({ textMessage: z.looseObject({ text: z.string() }) });
export const PostbackMessage = z.looseObject({
  postbackMessage: z.looseObject({
    title: z.string(),
    nextDialogstateId: z.string().optional(),
    sessionDataToSet: z.array(KeyValue).optional(),
  }),
});
export const WebhookUserMessage = z.union([IntroMessage, TextMessage, PostbackMessage]);
export type WebhookUserMessage = z.infer<typeof WebhookUserMessage>;

export const WebhookUser = z.looseObject({
  id: z.string(),
  firstName: z.string().optional(),
  preferredLanguage: z.string().optional(),
});
export type WebhookUser = z.infer<typeof WebhookUser>;

export const WebhookMessageRequest = z.looseObject({
  conversationId: z.string().min(1),
  message: WebhookUserMessage,
  user: WebhookUser.optional(),
  sessionData: z.record(z.string(), Json).optional(),
});
export type WebhookMessageRequest = z.infer<typeof WebhookMessageRequest>;

/** What Chatlayer POSTs to the webhook URL for each bot message (`message` is Messenger-shaped). */
export const WebhookDelivery = z.looseObject({
  senderId: z.string(),
  verifyToken: z.string().optional(),
  message: z.looseObject({}),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
