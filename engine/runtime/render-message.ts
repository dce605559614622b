// Templates a model Message before it is sent (docs/file-format.md#templates): texts, titles, urls and alt texts. Button
// `set` values stay templates; they are rendered when the button is pressed.
// A text message with variants sends the one the seeded random source picks; the others are rendered quietly for the trace.
import { textVariants, type Button, type Message } from '../model';
import { hasVariants, type RuntimeContext, type VariantChoice } from './runtime-context';
import { localizeOutgoing } from './language';

function renderButton(ctx: RuntimeContext, button: Button, blockId: string): Button {
  const title = ctx.text(button.title, blockId);
  return 'url' in button ? { ...button, title, url: ctx.text(button.url, blockId) } : { ...button, title };
}

/** A message ready to send, and for a text message with variants, which one was picked. */
export interface Outgoing {
  message: Message;
  choice?: VariantChoice;
}

/**
 * Renders a model message in the conversation's language (`at`: where the block holds it, for the trace of a text
 * sent in the primary language) and picks its variant: `ctx.send(out.message, source, blockId, out.choice)`.
 */
export function renderOutgoing(ctx: RuntimeContext, model: Message, blockId: string, at: string): Outgoing {
  const message = localizeOutgoing(ctx, model, blockId, at);
  if (!hasVariants(message)) return { message: renderMessage(ctx, message, blockId) };
  const texts = textVariants(message);
  const variant = ctx.pickVariant(texts.length);
  const variants = texts.map((t, i) => (i === variant ? ctx.text(t, blockId) : ctx.quietText(t, blockId)));
  return { message: { kind: 'text', text: variants[variant]! }, choice: { variants, variant } };
}

/** A model message with its templates rendered (a text message keeps its first text only). */
export function renderMessage(ctx: RuntimeContext, message: Message, blockId: string): Message {
  switch (message.kind) {
    case 'text':
      return { kind: 'text', text: ctx.text(message.text, blockId) };
    case 'buttons':
      return {
        kind: 'buttons',
        text: ctx.text(message.text, blockId),
        buttons: message.buttons.map((b) => renderButton(ctx, b, blockId)),
      };
    case 'quickReplies':
      return {
        kind: 'quickReplies',
        text: ctx.text(message.text, blockId),
        replies: message.replies.map((b) => renderButton(ctx, b, blockId)),
      };
    case 'image':
      return {
        ...message,
        url: ctx.text(message.url, blockId),
        ...(message.alt !== undefined ? { alt: ctx.text(message.alt, blockId) } : {}),
      };
    case 'carousel':
      return {
        kind: 'carousel',
        cards: message.cards.map((card) => ({
          ...card,
          title: ctx.text(card.title, blockId),
          ...(card.subtitle !== undefined ? { subtitle: ctx.text(card.subtitle, blockId) } : {}),
          ...(card.imageUrl !== undefined ? { imageUrl: ctx.text(card.imageUrl, blockId) } : {}),
          buttons: card.buttons.map((b) => renderButton(ctx, b, blockId)),
        })),
      };
  }
}
