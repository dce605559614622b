// The conformance run's view of the live bot: start a conversation, send text or a postback, and
// receive the bot's answers (settled), through a webhook channel. The CLI implements it with the
// Chatlayer client and a local webhook receiver; tests with the fake server.
import type { Json } from '../../model';
import type { LiveItem } from './messenger-message';

export interface LiveStart {
  /** Session data to set before the first block runs (a test's `session`). */
  sessionData?: Record<string, Json>;
  /** Chatlayer id of the block to start at (a test's `startBlock`); otherwise the bot's introduction. */
  startDialogstateId?: string;
  /** The conversation's language (a test's `language`), sent as the user's preferred language. */
  language?: string;
}

export interface LiveChannel {
  start(conversationId: string, start: LiveStart, signal?: AbortSignal): Promise<void>;
  sendText(conversationId: string, text: string, signal?: AbortSignal): Promise<void>;
  /** A click: the button's title and the opaque payload the bot delivered with it, sent back unchanged. */
  sendPostback(
    conversationId: string,
    postback: { title: string; payload: string },
    signal?: AbortSignal,
  ): Promise<void>;
  /**
   * What the bot sent since the last call (chat messages and data-only events, in order), once nothing
   * new arrived for the settle time.
   */
  receive(conversationId: string, signal?: AbortSignal): Promise<LiveItem[]>;
  /** The conversation's session data, where the platform allows reading it. */
  sessionData?(conversationId: string, signal?: AbortSignal): Promise<Record<string, Json> | null>;
}
