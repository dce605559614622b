// What a conversation is created with, and what each turn returns.
import type { ActiveContexts, Json, Message, TraceEvent } from '../model';
import type { HttpPort } from '../http/http-port';
import type { CodeRunner } from '../sandbox/code-runner';
import type { Clock } from './clock';
import type { IntentClassifier } from './intent-port';

export interface ConversationOptions {
  /** The engine's HTTP layer (mocked, live or record). */
  http: HttpPort;
  /** Runs code blocks (the QuickJS sandbox). */
  codeRunner: CodeRunner;
  /** Intent recognition; without it, step 2 of a turn is skipped. */
  intents?: IntentClassifier;
  /** Intent scores at or below this are not understood; default: the project's `nlp.threshold`, else DEFAULT_NLP_THRESHOLD. */
  nlpThreshold?: number;
  /** Default: the real clock. Tests pass `fixedClock()`. */
  clock?: Clock;
  /** Seeds code blocks' `Math.random` and the default conversation id. Default 0. */
  seed?: number;
  /** Initial session variables (deep-copied; declared defaults fill what is missing). */
  session?: Record<string, Json>;
  /** Where `start()` begins; default: the project's `startBlock`. */
  startBlock?: string;
  /**
   * A user-initiated channel: no start block runs, the first message is a normal turn. Default: the project's
   * `settings.skipIntroduction`. An explicit `startBlock` still runs.
   */
  skipIntroduction?: boolean;
  /**
   * The conversation's language: `internal.preferredLanguage` and `internal.locale` start with it (default: the
   * project's primary language; docs/file-format.md#languages).
   */
  language?: string;
  /** Contexts active at the start, with the user turns they have left (docs/file-format.md#contexts). */
  contexts?: ActiveContexts;
  /** Resolves `{secrets.NAME}`; secrets never reach the trace. */
  secrets?: (name: string) => string | undefined;
  /** Aborts HTTP calls, code runs and the current turn. */
  signal?: AbortSignal;
  /** Awaited before every block entry (the debugger's breakpoints and stepping). Gets a copy of the session. */
  beforeEnter?: (blockId: string, session: Record<string, Json>) => Promise<void> | void;
  /** Whether a human agent takes a hand-over; default: the project's `settings.agentsAvailable`, else true. */
  agentsAvailable?: boolean;
  /** Default: derived from the seed when one is given, else random. */
  conversationId?: string;
}

export interface TurnResult {
  /** The events of this turn, in order. */
  events: TraceEvent[];
  /** The bot messages of this turn, after templating. */
  messages: Message[];
  /** The block the bot now waits at, or null. */
  waitingAt: string | null;
  ended: boolean;
}

/** Block entries one turn may make without waiting (docs/file-format.md#turn-order loop guard). */
export const LOOP_LIMIT = 1_000;
/** The built-in reply when nothing understands a message and the project has no fallback block. */
export const NOT_UNDERSTOOD_TEXT = "Sorry, I didn't understand that.";
/** Cap of the request and response previews kept in `http` events. */
export const HTTP_PREVIEW_CHARS = 2_000;
