// Botloom messages and buttons as Chatlayer's `{ type, config }` messages (docs/chatlayer.md#message-formats): jumps become
// `postback` payloads naming the next dialog state with their `set` as params, links `web_url` or
// (for `tel:` links) `phone_number` buttons.
import type { Button, JumpButton, LinkButton, Message } from '../../model';
import { toTextValue } from './entry-values';
import type {
  ChatlayerButton,
  ChatlayerMessage,
  ChatlayerParam,
  ChatlayerTextMessage,
  PostbackButton,
} from './message-schema';

/** What the mapping of one block needs: Chatlayer ids of blocks, and a place for warnings. */
export interface BlockExportContext {
  ref(blockId: string): string;
  warn(message: string): void;
}

/** The Chatlayer id of a button's or rule's target; the export refuses unconnected ones before it gets here. */
export function targetRef(target: string | undefined, ctx: BlockExportContext): string {
  if (target === undefined) throw new Error('a button or rule without a target reached the export');
  return ctx.ref(target);
}

/** Chatlayer shows at most this many buttons on a message or a card (docs/chatlayer.md#message-formats). */
export const MAX_BUTTONS = 3;
const TEL = 'tel:';

export const textMessage = (text: string): ChatlayerTextMessage => ({
  type: 'text',
  config: { textMessages: [{ text }] },
});

function params(set: JumpButton['set']): ChatlayerParam[] | undefined {
  if (!set) return undefined;
  return Object.keys(set)
    .sort()
    .map((key) => ({ key, ...toTextValue(set[key]!) }));
}

function postback(button: JumpButton, ctx: BlockExportContext): PostbackButton {
  const list = params(button.set);
  return {
    type: 'postback',
    title: button.title,
    payload: { nextDialogstateId: targetRef(button.goTo, ctx), ...(list ? { params: list } : {}) },
  };
}

function link(button: LinkButton): ChatlayerButton {
  return button.url.startsWith(TEL) && button.url.length > TEL.length
    ? { type: 'phone_number', title: button.title, payload: button.url.slice(TEL.length) }
    : { type: 'web_url', title: button.title, url: button.url };
}

function buttons(list: Button[], ctx: BlockExportContext, where: string): ChatlayerButton[] {
  if (list.length > MAX_BUTTONS)
    ctx.warn(`${where} has ${list.length} buttons; Chatlayer shows at most ${MAX_BUTTONS}.`);
  return list.map((b) => ('url' in b ? link(b) : postback(b, ctx)));
}

export function exportMessage(message: Message, ctx: BlockExportContext, where: string): ChatlayerMessage {
  switch (message.kind) {
    case 'text':
      return message.variants?.length
        ? {
            type: 'text',
            config: { textMessages: [{ text: message.text }, ...message.variants.map((text) => ({ text }))] },
          }
        : textMessage(message.text);
    case 'buttons':
      return {
        type: 'buttons',
        config: { textMessages: [{ text: message.text }], buttons: buttons(message.buttons, ctx, where) },
      };
    case 'quickReplies': {
      const linkReplies = message.replies.flatMap((r, index) =>
        'url' in r ? [{ index, title: r.title, url: r.url }] : [],
      );
      if (linkReplies.length)
        ctx.warn(
          `${where} has link quick replies (${linkReplies.map((r) => r.title).join(', ')}), which Chatlayer's quick replies cannot hold; they are kept only for Botloom.`,
        );
      const quickReplies = message.replies.flatMap((r) => ('url' in r ? [] : [postback(r, ctx)]));
      return {
        type: 'quickReplies',
        config: { textMessages: [{ text: message.text }], quickReplies },
        ...(linkReplies.length ? { botloom: { linkReplies } } : {}),
      };
    }
    case 'image':
      return {
        type: 'media',
        config: { media: { type: 'image', url: message.url } },
        ...(message.alt !== undefined ? { botloom: { alt: message.alt } } : {}),
      };
    case 'carousel':
      return {
        type: 'carousel',
        config: {
          elements: message.cards.map((card, i) => ({
            title: card.title,
            ...(card.subtitle !== undefined ? { subTitle: card.subtitle } : {}),
            ...(card.imageUrl !== undefined ? { imageUrl: card.imageUrl } : {}),
            buttons: buttons(card.buttons, ctx, `${where}, card ${i + 1}`),
          })),
        },
      };
  }
}

export function exportMessages(messages: Message[], ctx: BlockExportContext): ChatlayerMessage[] {
  return messages.map((m, i) => exportMessage(m, ctx, `message ${i + 1}`));
}
