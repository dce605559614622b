// Chatlayer `{ type, config }` messages as written by the export, back to Botloom messages: postback
// buttons become jumps (params → `set`), `web_url` and `phone_number` buttons links, and link quick
// replies come back from the message's `botloom.linkReplies` at their places.
import type { JsonPathSegment } from '../../format';
import type { Button, Json, JumpButton, Message } from '../../model';
import { fromTextValue } from '../export/entry-values';
import type { ChatlayerButton, ChatlayerMessage, PostbackButton } from '../export/message-schema';
import type { ImportContext } from './import-context';

function jump(button: PostbackButton, ctx: ImportContext, at: JsonPathSegment[]): JumpButton {
  const goTo = ctx.block(button.payload.nextDialogstateId, [...at, 'payload', 'nextDialogstateId']);
  const params = button.payload.params;
  if (!params) return { title: button.title, goTo };
  const set: Record<string, Json> = {};
  params.forEach((p, i) => {
    if (Object.hasOwn(set, p.key))
      ctx.fail('invalid-value', [...at, 'payload', 'params', i, 'key'], `"${p.key}" is set twice: keep one.`);
    set[p.key] = fromTextValue(p);
  });
  return { title: button.title, goTo, set };
}

function button(b: ChatlayerButton, ctx: ImportContext, at: JsonPathSegment[]): Button {
  switch (b.type) {
    case 'postback':
      return jump(b, ctx, at);
    case 'web_url':
      return { title: b.title, url: b.url };
    case 'phone_number':
      return { title: b.title, url: `tel:${b.payload}` };
  }
}

const buttons = (list: ChatlayerButton[], ctx: ImportContext, at: JsonPathSegment[]) =>
  list.map((b, i) => button(b, ctx, [...at, i]));

function quickReplies(
  message: Extract<ChatlayerMessage, { type: 'quickReplies' }>,
  ctx: ImportContext,
  at: JsonPathSegment[],
): Button[] {
  const postbacks = message.config.quickReplies.map((b, i) =>
    jump(b, ctx, [...at, 'config', 'quickReplies', i]),
  );
  const links = message.botloom?.linkReplies ?? [];
  const total = postbacks.length + links.length;
  const byIndex = new Map<number, Button>();
  links.forEach((link, i) => {
    const where = [...at, 'botloom', 'linkReplies', i, 'index'];
    if (link.index >= total)
      ctx.fail(
        'invalid-value',
        where,
        `index ${link.index} is past the ${total} quick replies of this message.`,
      );
    else if (byIndex.has(link.index))
      ctx.fail(
        'invalid-value',
        where,
        `two link replies claim index ${link.index}: give each its own place.`,
      );
    else byIndex.set(link.index, { title: link.title, url: link.url });
  });
  const replies: Button[] = [];
  let next = 0;
  for (let index = 0; index < total; index++) {
    const reply = byIndex.get(index) ?? postbacks[next++];
    if (reply) replies.push(reply);
  }
  return replies;
}

export function importMessage(message: ChatlayerMessage, ctx: ImportContext, at: JsonPathSegment[]): Message {
  switch (message.type) {
    case 'text': {
      const [first, ...variants] = message.config.textMessages;
      return variants.length
        ? { kind: 'text', text: first?.text ?? '', variants: variants.map((v) => v.text) }
        : { kind: 'text', text: first?.text ?? '' };
    }
    case 'buttons':
      return {
        kind: 'buttons',
        text: message.config.textMessages[0].text,
        buttons: buttons(message.config.buttons, ctx, [...at, 'config', 'buttons']),
      };
    case 'quickReplies':
      return {
        kind: 'quickReplies',
        text: message.config.textMessages[0].text,
        replies: quickReplies(message, ctx, at),
      };
    case 'media':
      return {
        kind: 'image',
        url: message.config.media.url,
        ...(message.botloom ? { alt: message.botloom.alt } : {}),
      };
    case 'carousel':
      return {
        kind: 'carousel',
        cards: message.config.elements.map((e, i) => ({
          title: e.title,
          ...(e.subTitle !== undefined ? { subtitle: e.subTitle } : {}),
          ...(e.imageUrl !== undefined ? { imageUrl: e.imageUrl } : {}),
          buttons: buttons(e.buttons, ctx, [...at, 'config', 'elements', i, 'buttons']),
        })),
      };
  }
}

export const importMessages = (messages: ChatlayerMessage[], ctx: ImportContext, at: JsonPathSegment[]) =>
  messages.map((m, i) => importMessage(m, ctx, [...at, i]));
