// Converts Chatlayer `{ type, config }` messages (docs/chatlayer.md#message-formats) from API responses and code builders
// into model Messages. Postback buttons become jumps that set their params; several texts of one text message are its
// variants; unsupported kinds are reported, not sent.
import { BlockId, type Button, type Json, type Message } from '../model';
import { isPlainObject } from './session-store';

export type ConvertedMessages = { messages: Message[]; problems: string[] };

type Obj = Record<string, Json>;
const obj = (v: Json | undefined): Obj => (isPlainObject(v) ? v : {});
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const str = (v: Json | undefined): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

function texts(config: Obj): string[] {
  return arr(config.textMessages)
    .map((t) => (typeof t === 'string' ? t : str(obj(t).text)))
    .filter((t): t is string => t !== undefined);
}

/** A Chatlayer button: postback → jump (params become `set`), web_url/phone_number → link. */
function button(raw: Json, problems: string[]): Button | null {
  const b = obj(raw);
  const title = str(b.title);
  if (!title) {
    problems.push('a button without a title was skipped');
    return null;
  }
  const type = str(b.type) ?? 'postback';
  const url =
    type === 'web_url'
      ? str(b.url)
      : type === 'phone_number' && str(b.payload)
        ? `tel:${str(b.payload)}`
        : undefined;
  if (type === 'web_url' || type === 'phone_number') {
    if (url) return { title, url };
    problems.push(`button "${title}" has no ${type === 'web_url' ? 'url' : 'number'} and was skipped`);
    return null;
  }
  const payload = b.payload;
  const target = typeof payload === 'string' ? payload : str(obj(payload).nextDialogstateId);
  if (!target || !BlockId.safeParse(target).success) {
    problems.push(`button "${title}" has no valid nextDialogstateId and was skipped`);
    return null;
  }
  const set: Record<string, Json> = {};
  for (const p of arr(obj(payload).params)) {
    const key = str(obj(p).key);
    if (key) set[key] = obj(p).value ?? null;
  }
  return Object.keys(set).length ? { title, goTo: target, set } : { title, goTo: target };
}

const buttons = (list: Json | undefined, problems: string[]) =>
  arr(list)
    .map((b) => button(b, problems))
    .filter((b): b is Button => b !== null);

function convert(raw: Json, problems: string[]): Message[] {
  const m = obj(raw);
  const type = str(m.type);
  const config = obj(m.config);
  switch (type) {
    case 'text': {
      // Several textMessages in one text message are variants: the bot sends one of them.
      const [text, ...variants] = texts(config);
      if (text === undefined) return [];
      return [variants.length ? { kind: 'text', text, variants } : { kind: 'text', text }];
    }
    case 'buttons':
      return [
        {
          kind: 'buttons',
          text: texts(config)[0] ?? str(config.title) ?? '',
          buttons: buttons(config.buttons, problems),
        },
      ];
    case 'quickReplies':
      return [
        {
          kind: 'quickReplies',
          text: texts(config)[0] ?? str(config.title) ?? '',
          replies: buttons(config.quickReplies, problems),
        },
      ];
    case 'carousel':
      return [
        {
          kind: 'carousel',
          cards: arr(config.elements).map((e) => {
            const el = obj(e);
            const subtitle = str(el.subTitle) ?? str(el.subtitle);
            const imageUrl = str(el.imageUrl);
            return {
              title: str(el.title) ?? '',
              ...(subtitle ? { subtitle } : {}),
              ...(imageUrl ? { imageUrl } : {}),
              buttons: buttons(el.buttons, problems),
            };
          }),
        },
      ];
    case 'media': {
      const media = obj(config.media);
      const url = str(media.url);
      if (str(media.type) === 'image' && url) return [{ kind: 'image', url }];
      problems.push(`media of type ${str(media.type) ?? '?'} is not shown by the simulator`);
      return [];
    }
    default:
      problems.push(`messages of type ${type ?? '(none)'} are not shown by the simulator`);
      return [];
  }
}

/** Converts the `messages` array of a Chatlayer response. */
export function convertChatlayerMessages(raw: Json | undefined): ConvertedMessages {
  const problems: string[] = [];
  if (raw !== undefined && !Array.isArray(raw))
    return { messages: [], problems: ['`messages` must be an array'] };
  const messages = arr(raw).flatMap((m) => convert(m, problems));
  return { messages, problems };
}
