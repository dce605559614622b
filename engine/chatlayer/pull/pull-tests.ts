// Pulling the live bot's conversations as tests (docs/chatlayer.md#pulled-tests): reads conversations page by page, turns each
// into a conversation test (sensitive values replaced by stand-ins) and skips those whose steps a test of
// the project already has. Nothing is written here: the CLI saves the file, the app applies setTest commands.
import { ChatlayerError } from '../client/chatlayer-error';
import type { ChatlayerClient } from '../client/chatlayer-client';
import type { ConversationSummary } from '../api';
import type { ConversationTest, Json, Project, TestStep } from '../../model';
import { conversationToTest, SILENT_CONVERSATION, stepsKey } from './conversation-to-test';

export interface PullOptions {
  /** ISO date: only conversations that started at or after it. */
  since?: string;
  /** At most this many conversations are read. */
  limit?: number;
  signal?: AbortSignal;
  onProgress?(p: { read: number; added: number; skipped: number }): void;
}

export interface PullResult {
  /** The project with the new tests appended. */
  project: Project;
  read: number;
  added: ConversationTest[];
  duplicates: number;
  /** Conversations that make no test, with the reason. */
  unusable: { conversationId: string; reason: string }[];
  /** Texts in which a sensitive value was replaced. */
  redacted: number;
  /**
   * Every conversation read, duplicates included, as its user turns (sensitive values replaced): what
   * offline traffic replays (docs/chatlayer.md#traffic). A conversation of an unknown shape has none.
   */
  transcripts: PulledTranscript[];
}

export interface PulledTranscript {
  conversationId: string;
  /** ISO time the conversation started, when known. */
  startedAt: string | null;
  /** Its `user` and `click` steps, in order (none: the user never said anything). */
  turns: TestStep[];
}

/** When a conversation started: the list's `createdAt` where Chatlayer gives one, else its first message. */
function startedAt(summary: ConversationSummary, messages: unknown[]): number | undefined {
  const created = (summary as { createdAt?: unknown }).createdAt;
  const first = (messages[0] as { timestamp?: unknown } | undefined)?.timestamp;
  const raw = typeof created === 'string' || typeof created === 'number' ? created : first;
  const t = typeof raw === 'string' || typeof raw === 'number' ? new Date(raw).getTime() : NaN;
  return Number.isNaN(t) ? undefined : t;
}

const uniqueName = (name: string, taken: Set<string>) => {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} #${n}`;
  taken.add(candidate);
  return candidate;
};

export async function pullTests(
  client: ChatlayerClient,
  project: Project,
  options: PullOptions = {},
): Promise<PullResult> {
  const since = options.since ? new Date(options.since).getTime() : undefined;
  const seen = new Set(project.tests.map(stepsKey));
  const names = new Set(project.tests.map((t) => t.name));
  const result: PullResult = {
    project,
    read: 0,
    added: [],
    duplicates: 0,
    unusable: [],
    redacted: 0,
    transcripts: [],
  };
  const report = () =>
    options.onProgress?.({
      read: result.read,
      added: result.added.length,
      skipped: result.duplicates + result.unusable.length,
    });
  const conversations = client.allConversations(
    options.since ? { since: options.since } : {},
    options.signal,
  );
  for await (const summary of conversations) {
    if (options.limit !== undefined && result.read >= options.limit) break;
    const conversationId = summary.user.sessionId;
    const messages = await client.listMessages(conversationId, options.signal);
    // Chatlayer does not publish a `since` filter: it is sent, and applied here too.
    const started = startedAt(summary, messages);
    if (since !== undefined && started !== undefined && started < since) continue;
    result.read++;
    const session = await sessionOf(client, conversationId, options.signal);
    const outcome = conversationToTest(project, { conversationId, messages, session });
    const turns = outcome.ok
      ? outcome.test.steps.filter((s) => 'user' in s || 'click' in s)
      : outcome.reason === SILENT_CONVERSATION
        ? []
        : null;
    if (turns)
      result.transcripts.push({
        conversationId,
        startedAt: started === undefined ? null : new Date(started).toISOString(),
        turns,
      });
    if (!outcome.ok) result.unusable.push({ conversationId, reason: outcome.reason });
    else if (seen.has(stepsKey(outcome.test))) result.duplicates++;
    else {
      seen.add(stepsKey(outcome.test));
      result.added.push({ ...outcome.test, name: uniqueName(outcome.test.name, names) });
      result.redacted += outcome.redacted;
    }
    report();
  }
  result.project = { ...project, tests: [...project.tests, ...result.added] };
  return result;
}

/** The session, to find sensitive values; a conversation whose session is gone has none. */
async function sessionOf(client: ChatlayerClient, id: string, signal?: AbortSignal): Promise<Json | null> {
  try {
    return await client.getSessionData(id, signal);
  } catch (e) {
    if (e instanceof ChatlayerError && e.code === 'chatlayer-not-found') return null;
    throw e;
  }
}
