// `botloom chatlayer pull-tests <project> [--since DATE] [--limit N]` (SPEC §8): reads the live bot's
// conversations page by page, turns each into a conversation test (sensitive values replaced by
// stand-ins), skips those whose steps a test of the project already has, and adds the rest to the
// project file in one write at the end, so a cancelled pull (Ctrl+C) writes nothing.
import { InvalidArgumentError, type Command } from 'commander';
import { ChatlayerError, type ChatlayerClient, type ConversationSummary } from '../../engine/chatlayer';
import { conversationToTest, stepsKey } from '../../engine/chatlayer/pull';
import type { ConversationTest, Json, Project } from '../../engine/model';
import { CliError } from '../cli-error';
import { requireProject, requireSaved } from '../project-file-errors';
import { showsProgress } from '../commands/test';
import type { ConnectionFlags } from './connection';
import { addConnectionOptions, interruptible, openChatlayer, whereLabel } from './open-connection';

export interface PullOptions {
  /** ISO date: only conversations that started at or after it. */
  since?: string;
  /** At most this many conversations are read. */
  limit?: number;
  signal?: AbortSignal;
  onProgress?(p: { read: number; added: number; skipped: number }): void;
}

export interface PullResult {
  project: Project;
  read: number;
  added: ConversationTest[];
  duplicates: number;
  /** Conversations that make no test, with the reason. */
  unusable: { conversationId: string; reason: string }[];
  /** Texts in which a sensitive value was replaced. */
  redacted: number;
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
  const result: PullResult = { project, read: 0, added: [], duplicates: 0, unusable: [], redacted: 0 };
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

const isoDate = (v: string) => {
  const t = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t.getTime()))
    throw new InvalidArgumentError(`--since must be a date like 2025-03-01 (or an ISO time), not '${v}'`);
  return t.toISOString();
};
const count = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`--limit must be a whole number from 1, not '${v}'`);
  return n;
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface PullCommandOptions extends ConnectionFlags {
  since?: string;
  limit?: number;
}

export function registerPullTests(group: Command): void {
  addConnectionOptions(
    group
      .command('pull-tests')
      .description("turn the live bot's conversations into conversation tests of the project")
      .argument('<project>', 'the .botloom or botloom/1 .json project that receives the tests')
      .option('--since <date>', 'only conversations that started on or after this date (ISO)', isoDate)
      .option('--limit <n>', 'read at most this many conversations', count),
  ).action(async (file: string, opts: PullCommandOptions) => {
    const { project } = requireProject(file);
    const open = openChatlayer(opts, { project, need: { bot: true } });
    const progress = showsProgress(process.stderr);
    await interruptible(
      async (signal) => {
        const result = await pullTests(open.client, project, {
          ...(opts.since ? { since: opts.since } : {}),
          ...(opts.limit ? { limit: opts.limit } : {}),
          signal,
          ...(progress
            ? {
                onProgress: (p) =>
                  process.stderr.write(
                    `\r\u001b[2K${plural(p.read, 'conversation')} read: ${p.added} added, ${p.skipped} skipped`,
                  ),
              }
            : {}),
        });
        if (progress) process.stderr.write('\r\u001b[2K');
        if (signal.aborted) throw new CliError('cancelled', 2);
        if (result.added.length > 0) requireSaved(file, result.project, 'Pull tests from Chatlayer');
        const skipped = result.duplicates + result.unusable.length;
        const why = [
          ...(result.duplicates ? [`${result.duplicates} with the steps of an existing test`] : []),
          ...(result.unusable.length ? [`${result.unusable.length} without a usable exchange`] : []),
        ];
        const lines = [
          `Read ${plural(result.read, 'conversation')} of ${whereLabel(open)}.`,
          `Added ${plural(result.added.length, 'test')} to ${file}; skipped ${skipped}${why.length ? ` (${why.join(', ')})` : ''}.`,
          ...(result.redacted
            ? [`Sensitive values were replaced by stand-ins in ${plural(result.redacted, 'message')}.`]
            : []),
          ...result.unusable.map((u) => `  skipped ${u.conversationId}: ${u.reason}`),
        ];
        process.stdout.write(lines.join('\n') + '\n');
      },
      open.scrub,
      'cancelled; the project file was not changed.',
    );
  });
}
