// `POST /v1/channels/webhook/{channelId}/messages` (observed): a user message into a webhook channel.
// The bot's answers come back asynchronously, one POST each, to the channel's webhook URL.
import { z } from 'zod';
import { Json } from '../../model';

export const KeyValue = z.looseObject({ key: z.string(), value: Json });
export type KeyValue = z.infer<typeof KeyValue>;

export const IntroMessage = z.looseObject({ introMessage: z.looseObject({}) });
export const TextMessage = z.looseObject({ textMessage: z.looseObject({ text: z.string() }) });
/**
 * A postback: a click carries `payload`, the opaque string the bot delivered with the button, sent back
 * unchanged; a trigger (no button) carries `nextDialogstateId` and `sessionDataToSet` instead.
 */
export const PostbackMessage = z.looseObject({
  postbackMessage: z.looseObject({
    title: z.string(),
    payload: z.string().optional(),
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

const deliveryId = z.union([z.string().min(1), z.number()]).transform(String);

/**
 * What Chatlayer POSTs to the webhook URL for each bot message (`message` is Messenger-shaped). The
 * conversation is named by `recipient.id` (the webhook channel's page) or `senderId` (the message
 * structure page); either is accepted, as a string or a number.
 */
export const WebhookDelivery = z
  .looseObject({
    senderId: deliveryId.optional(),
    recipient: z.looseObject({ id: deliveryId }).optional(),
    verifyToken: z.string().optional(),
    message: z.looseObject({}),
  })
  .refine((d) => d.recipient !== undefined || d.senderId !== undefined, {
    message: 'names no conversation: neither recipient.id nor senderId',
    path: ['recipient', 'id'],
  });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** The conversation a delivery belongs to: `recipient.id`, else `senderId`. */
export function deliveryConversationId(delivery: WebhookDelivery): string {
  return delivery.recipient?.id ?? delivery.senderId!;
}
