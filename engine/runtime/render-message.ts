// Templates a model Message before it is sent (docs/file-format.md#templates): texts, titles, urls and alt texts. Button
// `set` values stay templates; they are rendered when the button is pressed.
import type { Button, Message } from '../model';
import type { RuntimeContext } from './runtime-context';

function renderButton(ctx: RuntimeContext, button: Button, blockId: string): Button {
  const title = ctx.text(button.title, blockId);
  return 'url' in button ? { ...button, title, url: ctx.text(button.url, blockId) } : { ...button, title };
}

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
