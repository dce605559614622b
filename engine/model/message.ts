// Bot messages and buttons (docs/file-format.md#messages-and-buttons), shared by message blocks, input prompts and responses.
import { z } from 'zod';
import { BlockId, Json, VariablePath } from './ids';

export const JumpButton = z.strictObject({
  title: z.string().min(1, 'a button needs a title'),
  goTo: BlockId,
  set: z.record(VariablePath, Json).optional(),
});
export const LinkButton = z.strictObject({
  title: z.string().min(1, 'a button needs a title'),
  url: z.string().min(1, 'a link button needs a url'),
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
});
export const ButtonsMessage = z.strictObject({
  kind: z.literal('buttons'),
  text: z.string(),
  buttons: z.array(Button),
});
export const QuickRepliesMessage = z.strictObject({
  kind: z.literal('quickReplies'),
  text: z.string(),
  replies: z.array(Button),
});
export const ImageMessage = z.strictObject({
  kind: z.literal('image'),
  url: z.string().min(1, 'an image needs a url'),
  alt: z.string().optional(),
});
export const Card = z.strictObject({
  title: z.string(),
  subtitle: z.string().optional(),
  imageUrl: z.string().optional(),
  buttons: z.array(Button).default([]),
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
