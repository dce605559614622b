// Bot messages and buttons (docs/file-format.md#messages-and-buttons), shared by message blocks, input prompts and responses.
import { z } from 'zod';
import { BlockId, Json, VariablePath } from './ids';
import { translationsOf } from './translation';

const titleTranslations = translationsOf({ title: z.string() });

export const JumpButton = z.strictObject({
  title: z.string().min(1, 'a button needs a title'),
  /** The block a click leads to; absent while the button is not connected yet (validation: not-connected). */
  goTo: BlockId.optional(),
  set: z.record(VariablePath, Json).optional(),
  /** The title in the secondary languages (docs/file-format.md#languages). */
  translations: titleTranslations,
});
export const LinkButton = z.strictObject({
  title: z.string().min(1, 'a button needs a title'),
  url: z.string().min(1, 'a link button needs a url'),
  translations: titleTranslations,
});
export const Button = z.union([JumpButton, LinkButton]);
export type JumpButton = z.infer<typeof JumpButton>;
export type LinkButton = z.infer<typeof LinkButton>;
export type Button = z.infer<typeof Button>;

/**
 * A text message: `text`, or one of several variants (docs/file-format.md#messages-and-buttons). `variants` holds the
 * texts besides `text`; the engine picks one of the 1 + variants.length texts with the conversation's seed.
 */
export const TextMessage = z.strictObject({
  kind: z.literal('text'),
  text: z.string(),
  variants: z.array(z.string()).min(1, 'leave `variants` out when the message has one text').optional(),
  /** The text and variants in the secondary languages; each language has its own variants. */
  translations: translationsOf({ text: z.string(), variants: z.array(z.string()) }),
});
const textTranslations = translationsOf({ text: z.string() });
export const ButtonsMessage = z.strictObject({
  kind: z.literal('buttons'),
  text: z.string(),
  buttons: z.array(Button),
  translations: textTranslations,
});
export const QuickRepliesMessage = z.strictObject({
  kind: z.literal('quickReplies'),
  text: z.string(),
  replies: z.array(Button),
  translations: textTranslations,
});
export const ImageMessage = z.strictObject({
  kind: z.literal('image'),
  url: z.string().min(1, 'an image needs a url'),
  alt: z.string().optional(),
  translations: translationsOf({ alt: z.string() }),
});
export const Card = z.strictObject({
  title: z.string(),
  subtitle: z.string().optional(),
  imageUrl: z.string().optional(),
  buttons: z.array(Button).default([]),
  translations: translationsOf({ title: z.string(), subtitle: z.string() }),
});
export const CarouselMessage = z.strictObject({ kind: z.literal('carousel'), cards: z.array(Card) });

export const Message = z.discriminatedUnion('kind', [
  TextMessage,
  ButtonsMessage,
  QuickRepliesMessage,
  ImageMessage,
  CarouselMessage,
]);
export type TextMessage = z.infer<typeof TextMessage>;
export type ButtonsMessage = z.infer<typeof ButtonsMessage>;
export type QuickRepliesMessage = z.infer<typeof QuickRepliesMessage>;
export type ImageMessage = z.infer<typeof ImageMessage>;
export type Card = z.infer<typeof Card>;
export type CarouselMessage = z.infer<typeof CarouselMessage>;
export type Message = z.infer<typeof Message>;
export type MessageKind = Message['kind'];

/** Every text a text message may send: `text`, then its variants. */
export const textVariants = (message: TextMessage): string[] => [message.text, ...(message.variants ?? [])];
