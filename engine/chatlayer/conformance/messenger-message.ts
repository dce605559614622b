// Bot messages as Chatlayer's webhook channel delivers them (Facebook-Messenger-shaped, docs/chatlayer.md#webhook-channel),
// parsed and turned into Botloom messages so live and local answers can be compared.
import { z } from 'zod';
import type { Message } from '../../model';

const Postback = z
  .object({
    type: z.string(),
    title: z.string().default(''),
    payload: z.string().optional(),
    url: z.string().optional(),
  })
  .loose();
const QuickReply = z
  .object({
    content_type: z.string().optional(),
    title: z.string().default(''),
    payload: z.string().optional(),
  })
  .loose();
const Element = z
  .object({
    title: z.string().default(''),
    subtitle: z.string().optional(),
    image_url: z.string().optional(),
    buttons: z.array(Postback).default([]),
  })
  .loose();

export const MessengerMessage = z
  .object({
    /** `"event"` on the data-only messages of a JSON builder action; absent on chat messages. */
    type: z.string().optional(),
    text: z.string().optional(),
    quick_replies: z.array(QuickReply).optional(),
    attachment: z
      .object({
        type: z.string(),
        payload: z
          .object({
            template_type: z.string().optional(),
            text: z.string().optional(),
            buttons: z.array(Postback).optional(),
            elements: z.array(Element).optional(),
            url: z.string().optional(),
          })
          .loose(),
      })
      .loose()
      .optional(),
  })
  .loose();
export type MessengerMessage = z.infer<typeof MessengerMessage>;

/** A live bot message: its Botloom form, and the postbacks its buttons would send. */
export interface LiveMessage {
  message: Message;
  postbacks: { title: string; payload: string }[];
  raw: MessengerMessage;
}

/**
 * A data-only message (`type: "event"`, sent by a JSON builder action): not a chat bubble, so never
 * compared with or shown as the bot's messages, but kept in reports as an event with its data.
 */
export interface LiveEvent {
  event: Record<string, unknown>;
  raw: MessengerMessage;
}

/** What the webhook receiver hands over: a chat message or an event. */
export type LiveItem = LiveMessage | LiveEvent;

export const isLiveEvent = (item: LiveItem): item is LiveEvent => 'event' in item;

/** Whether a delivered message is a data-only event rather than a chat bubble. */
export const isEventMessage = (raw: MessengerMessage): boolean => raw.type === 'event';

/** A delivered message as a chat message or an event (its data: every field but `type`). */
export function fromDelivery(raw: MessengerMessage): LiveItem {
  if (!isEventMessage(raw)) return fromMessenger(raw);
  const { type: _type, ...event } = raw;
  return { event, raw };
}

/** An event in one line for reports: `event {"language":"nl"}`, long data cut short. */
export function eventText(item: LiveEvent): string {
  const json = JSON.stringify(item.event);
  return `event ${json.length > 200 ? `${json.slice(0, 200)}…` : json}`;
}

/** A chat message as Botloom shows it (events go through fromDelivery first). */
export function fromMessenger(raw: MessengerMessage): LiveMessage {
  const postbacks: { title: string; payload: string }[] = [];
  const button = (b: z.infer<typeof Postback>) => {
    if (b.type === 'web_url' && b.url) return { title: b.title, url: b.url };
    postbacks.push({ title: b.title, payload: b.payload ?? '' });
    return { title: b.title || '(untitled)', goTo: 'live' };
  };
  if (raw.quick_replies?.length) {
    const replies = raw.quick_replies.map((q) => {
      postbacks.push({ title: q.title, payload: q.payload ?? '' });
      return { title: q.title || '(untitled)', goTo: 'live' };
    });
    return { message: { kind: 'quickReplies', text: raw.text ?? '', replies }, postbacks, raw };
  }
  const a = raw.attachment;
  if (a?.type === 'template' && a.payload.template_type === 'button')
    return {
      message: {
        kind: 'buttons',
        text: a.payload.text ?? '',
        buttons: (a.payload.buttons ?? []).map(button),
      },
      postbacks,
      raw,
    };
  if (a?.type === 'template' && a.payload.template_type === 'generic')
    return {
      message: {
        kind: 'carousel',
        cards: (a.payload.elements ?? []).map((e) => ({
          title: e.title,
          ...(e.subtitle ? { subtitle: e.subtitle } : {}),
          ...(e.image_url ? { imageUrl: e.image_url } : {}),
          buttons: e.buttons.map(button),
        })),
      },
      postbacks,
      raw,
    };
  if (a && a.type !== 'template')
    return { message: { kind: 'image', url: a.payload.url ?? '' }, postbacks, raw };
  return { message: { kind: 'text', text: raw.text ?? '' }, postbacks, raw };
}

/** The text a test's bot expectations compare against (docs/file-format.md#conversation-tests: buttons and quick replies count by text). */
export function messageText(message: Message): string {
  switch (message.kind) {
    case 'text':
    case 'buttons':
    case 'quickReplies':
      return message.text;
    case 'image':
      return `[image ${message.url}]`;
    case 'carousel':
      return `[carousel ${message.cards.map((c) => c.title).join(' | ')}]`;
  }
}

/** Titles of the buttons and quick replies a message offers. */
export function buttonTitles(message: Message): string[] {
  if (message.kind === 'buttons') return message.buttons.map((b) => b.title);
  if (message.kind === 'quickReplies') return message.replies.map((b) => b.title);
  if (message.kind === 'carousel') return message.cards.flatMap((c) => c.buttons.map((b) => b.title));
  return [];
}
