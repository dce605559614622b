// How conversation tests read a bot message (docs/file-format.md#conversation-tests): text, buttons and quick replies by their text;
// images and carousels by a bracketed description (as the conformance report shows them). A text message with
// variants reads as the variant the engine sent.
import type { Message, TestStep } from '../model';

export type BotExpectation = Extract<
  TestStep,
  { bot: string } | { botContains: string } | { botMatches: string } | { botOneOf: string[] }
>;

export const isBotExpectation = (step: TestStep): step is BotExpectation =>
  'bot' in step || 'botContains' in step || 'botMatches' in step || 'botOneOf' in step;

export function botMessageText(message: Message): string {
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

/** The step's expectation in words. */
export function describeExpectation(step: BotExpectation): string {
  if ('bot' in step) return JSON.stringify(step.bot);
  if ('botContains' in step) return `a message containing ${JSON.stringify(step.botContains)}`;
  if ('botOneOf' in step) return `one of ${step.botOneOf.map((t) => JSON.stringify(t)).join(', ')}`;
  return `a message matching /${step.botMatches}/`;
}

/**
 * Whether a text meets the expectation: `bot` exactly, `botContains` ignoring case, `botMatches` a regex,
 * `botOneOf` exactly one of its texts. For a message with variants, `text` is the variant sent.
 */
export function meetsExpectation(step: BotExpectation, text: string): boolean | { invalidRegex: string } {
  if ('bot' in step) return text === step.bot;
  if ('botOneOf' in step) return step.botOneOf.includes(text);
  if ('botContains' in step) return text.toLowerCase().includes(step.botContains.toLowerCase());
  try {
    return new RegExp(step.botMatches).test(text);
  } catch (e) {
    return { invalidRegex: (e as Error).message };
  }
}

/** When a step fails on a message with variants: which one was sent, and how to accept any of them. */
export function variantsNote(variants: readonly string[] | undefined, sent: number | undefined): string {
  if (!variants || variants.length < 2 || sent === undefined) return '';
  return ` (variant ${sent + 1} of ${variants.length}, picked by the seed; to accept any, use botOneOf: ${JSON.stringify(variants)})`;
}
