// Builders for bot messages, buttons and Go To conditions (docs/file-format.md#messages-and-buttons, docs/file-format.md#go-to-block).
import type {
  ButtonsMessage,
  CarouselMessage,
  Comparison,
  ComparisonOp,
  Condition,
  ImageMessage,
  JumpButton,
  Json,
  LinkButton,
  QuickRepliesMessage,
  TextMessage,
} from '../../engine/model';

export const text = (t: string): TextMessage => ({ kind: 'text', text: t });

/** A button that jumps to `goTo`, optionally setting variables first. */
export const jump = (title: string, goTo: string, set?: Record<string, Json>): JumpButton =>
  set ? { title, goTo, set } : { title, goTo };
export const link = (title: string, url: string): LinkButton => ({ title, url });

export const buttons = (t: string, list: (JumpButton | LinkButton)[]): ButtonsMessage => ({
  kind: 'buttons',
  text: t,
  buttons: list,
});
export const quickReplies = (t: string, replies: (JumpButton | LinkButton)[]): QuickRepliesMessage => ({
  kind: 'quickReplies',
  text: t,
  replies,
});
export const image = (url: string, alt?: string): ImageMessage =>
  alt === undefined ? { kind: 'image', url } : { kind: 'image', url, alt };
export const carousel = (cards: CarouselMessage['cards']): CarouselMessage => ({ kind: 'carousel', cards });

/** A comparison; `value` is left out for the unary operators when not given. */
export const cmp = (variable: string, op: ComparisonOp, value?: Json): Comparison =>
  value === undefined ? { var: variable, op } : { var: variable, op, value };
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
