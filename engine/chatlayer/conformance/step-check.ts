// One bot expectation of a conversation test (docs/file-format.md#conversation-tests) checked against one message, live or local.
// Chatlayer picks a text message's variant at random: a live text that is another variant of the message the local
// simulation sent counts as the same message.
import type { Message, TestStep, TraceEvent } from '../../model';
import { messageText } from './messenger-message';

export type BotExpectation = Extract<
  TestStep,
  { bot: string } | { botContains: string } | { botMatches: string } | { botOneOf: string[] }
>;

export const isBotExpectation = (step: TestStep): step is BotExpectation =>
  'bot' in step || 'botContains' in step || 'botMatches' in step || 'botOneOf' in step;

/** A message of the local simulation, with its variants when it had several. */
export interface LocalMessage {
  message: Message;
  variants?: string[];
}

/** The messages of a local turn's events. */
export const localMessages = (events: readonly TraceEvent[]): LocalMessage[] =>
  events.flatMap((e) =>
    e.type === 'message' ? [{ message: e.message, ...(e.variants ? { variants: e.variants } : {}) }] : [],
  );

/** Whether a live text is the local message's text or another of its variants. */
export function sameMessage(liveText: string, local: LocalMessage | undefined): boolean {
  if (!local) return false;
  return liveText === messageText(local.message) || (local.variants ?? []).includes(liveText);
}

/** What the step expects, in words. */
export function describeExpectation(step: BotExpectation): string {
  if ('bot' in step) return JSON.stringify(step.bot);
  if ('botContains' in step) return `a message containing ${JSON.stringify(step.botContains)}`;
  if ('botOneOf' in step) return `one of ${step.botOneOf.map((t) => JSON.stringify(t)).join(', ')}`;
  return `a message matching /${step.botMatches}/`;
}

/**
 * Whether the live `message` meets the expectation (no message never does), or is another variant of the local
 * message when that one meets it.
 */
export function meets(step: BotExpectation, message: Message | undefined, local?: LocalMessage): boolean {
  if (!message) return false;
  if (textMeets(step, messageText(message))) return true;
  return (
    local !== undefined &&
    sameMessage(messageText(message), local) &&
    textMeets(step, messageText(local.message))
  );
}

function textMeets(step: BotExpectation, text: string): boolean {
  if ('bot' in step) return text === step.bot;
  if ('botOneOf' in step) return step.botOneOf.includes(text);
  if ('botContains' in step) return text.toLowerCase().includes(step.botContains.toLowerCase());
  try {
    return new RegExp(step.botMatches).test(text);
  } catch {
    return false;
  }
}
