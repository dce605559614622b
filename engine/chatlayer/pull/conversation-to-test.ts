// Turns one live conversation (Chatlayer's message list) into a conversation test (docs/file-format.md#conversation-tests): user texts
// become `user` steps, button presses `click` steps, bot messages `bot` expectations (data-only event
// messages are left out); sensitive values are replaced by stand-ins (redaction.ts).
import {
  matchLanguage,
  projectLanguages,
  type ConversationTest,
  type Json,
  type Project,
  type TestStep,
} from '../../model';
import { fromMessenger, isEventMessage, messageText } from '../conformance/messenger-message';
import { PulledMessage } from './pulled-message';
import { redactionFor } from './redaction';

export interface PulledConversation {
  conversationId: string;
  messages: unknown[];
  /** The conversation's session data (to find sensitive values), if it could be read. */
  session: Json | null;
}

export type PullOutcome =
  { ok: true; test: ConversationTest; redacted: number } | { ok: false; reason: string };

/** The reason of a readable conversation in which the user never said anything. */
export const SILENT_CONVERSATION = 'the user never said anything';

const timestampOf = (m: { timestamp?: string | number }) =>
  m.timestamp === undefined ? 0 : new Date(m.timestamp).getTime();

export function conversationToTest(project: Project, conv: PulledConversation): PullOutcome {
  const parsed = conv.messages.map((m) => PulledMessage.safeParse(m));
  const bad = parsed.findIndex((p) => !p.success);
  if (bad >= 0) return { ok: false, reason: `message ${bad + 1} has a shape Botloom does not know` };
  const messages = parsed.map((p) => p.data!).sort((a, b) => timestampOf(a) - timestampOf(b));
  const redaction = redactionFor(project, conv.session);
  let redacted = 0;
  const clean = (text: string) => {
    const out = redaction.apply(text);
    if (out !== text) redacted++;
    return out;
  };
  const steps: TestStep[] = [];
  for (const m of messages) {
    if (m.actor === 'bot') {
      // A data-only event (JSON builder) is no chat message: nothing a test could expect.
      if (isEventMessage(m.message)) continue;
      const text = messageText(fromMessenger(m.message).message);
      if (text.trim()) steps.push({ bot: clean(text) });
      continue;
    }
    const u = m.message as { messageType: string; text?: string; title?: string };
    if (u.messageType === 'text' && typeof u.text === 'string') steps.push({ user: clean(u.text) });
    else if (u.messageType === 'postback' && u.title) steps.push({ click: clean(u.title) });
  }
  if (!steps.some((s) => 'user' in s || 'click' in s)) return { ok: false, reason: SILENT_CONVERSATION };
  // Trailing bot messages are kept; a test need not end with the user.
  const first = messages[0]?.timestamp;
  const day = first === undefined ? '' : ` (${new Date(first).toISOString().slice(0, 10)})`;
  const language = conversationLanguage(project, conv.session);
  return {
    ok: true,
    test: { name: `pulled ${conv.conversationId}${day}`, ...(language ? { language } : {}), steps },
    redacted,
  };
}

/**
 * The language the live conversation spoke (docs/file-format.md#languages), from its session's
 * `internal.preferredLanguage`, else `internal.locale`: a secondary language of the project, or undefined (primary).
 */
function conversationLanguage(project: Project, session: Json | null): string | undefined {
  const { primary, all } = projectLanguages(project);
  if (all.length === 1 || session === null || typeof session !== 'object' || Array.isArray(session))
    return undefined;
  const internal = Object.hasOwn(session, 'internal') ? session.internal : undefined;
  if (internal === null || typeof internal !== 'object' || Array.isArray(internal)) return undefined;
  const pick = (key: string) =>
    Object.hasOwn(internal, key) ? (internal as Record<string, Json>)[key] : undefined;
  const language = matchLanguage(pick('preferredLanguage'), all) ?? matchLanguage(pick('locale'), all);
  return language === primary ? undefined : language;
}

/** Two tests are duplicates when their steps are the same. */
export function stepsKey(test: ConversationTest): string {
  return JSON.stringify(test.steps);
}
