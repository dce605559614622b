// How conversation tests read a bot message (docs/file-format.md#conversation-tests): text, buttons and quick replies by their text;
// images and carousels by a bracketed description (as the conformance report shows them).
import type { Message, TestStep } from '../model';

export type BotExpectation = Extract<
  TestStep,
  { bot: string } | { botContains: string } | { botMatches: string }
>;

export const isBotExpectation = (step: TestStep): step is BotExpectation =>
  'bot' in step || 'botContains' in step || 'botMatches' in step;

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
  return `a message matching /${step.botMatches}/`;
}

/** Whether a text meets the expectation: `bot` exactly, `botContains` ignoring case, `botMatches` a regex. */
export function meetsExpectation(step: BotExpectation, text: string): boolean | { invalidRegex: string } {
  if ('bot' in step) return text === step.bot;
  if ('botContains' in step) return text.toLowerCase().includes(step.botContains.toLowerCase());
  try {
    return new RegExp(step.botMatches).test(text);
  } catch (e) {
    return { invalidRegex: (e as Error).message };
  }
}
