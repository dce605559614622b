// One bot expectation of a conversation test (docs/file-format.md#conversation-tests) checked against one message, live or local.
import type { Message, TestStep } from '../../model';
import { messageText } from './messenger-message';

export type BotExpectation = Extract<
  TestStep,
  { bot: string } | { botContains: string } | { botMatches: string }
>;

export const isBotExpectation = (step: TestStep): step is BotExpectation =>
  'bot' in step || 'botContains' in step || 'botMatches' in step;

/** What the step expects, in words. */
export function describeExpectation(step: BotExpectation): string {
  if ('bot' in step) return JSON.stringify(step.bot);
  if ('botContains' in step) return `a message containing ${JSON.stringify(step.botContains)}`;
  return `a message matching /${step.botMatches}/`;
}

/** Whether `message` meets the expectation (no message never does). */
export function meets(step: BotExpectation, message: Message | undefined): boolean {
  if (!message) return false;
  const text = messageText(message);
  if ('bot' in step) return text === step.bot;
  if ('botContains' in step) return text.toLowerCase().includes(step.botContains.toLowerCase());
  try {
    return new RegExp(step.botMatches).test(text);
  } catch {
    return false;
  }
}
