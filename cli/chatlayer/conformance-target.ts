// `botloom test <project> --target chatlayer` (docs/chatlayer.md#live-conformance): the project's conversation tests against the
// live bot through its webhook channel, each step also against the local simulation. Checks the
// connection first (token, bot), receives the bot's answers on a local webhook receiver, and turns
// connection failures into one sentence with exit 2.
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, type Command } from 'commander';
import {
  formatConformance,
  runLiveTests,
  silentWebhookSentence,
  webhookLiveChannel,
  type LiveRun,
  type LocalPorts,
} from '../../engine/chatlayer/conformance';
import type { KnowledgeMock, Project } from '../../engine/model';
import type { TestRunSummary } from '../../engine/testing';
import { startWebhookReceiver, WEBHOOK_PATH, type WebhookReceiver } from '../../electron/services/chatlayer';
import { CliError } from '../cli-error';
import type { ConnectionFlags } from './connection';
import { conformanceSummary } from './conformance-summary';
import {
  addConnectionOptions,
  chatlayerFailure,
  listBots,
  openChatlayer,
  unknownBot,
  whereLabel,
} from './open-connection';

export const DEFAULT_WEBHOOK_PORT = 8787;
export const DEFAULT_SETTLE_MS = 800;
export const DEFAULT_REPLY_TIMEOUT_MS = 10_000;

export interface ChatlayerTargetOptions extends ConnectionFlags {
  webhookPort: number;
  verifyToken?: string;
  webhookUrl?: string;
  settleMs: number;
  replyTimeoutMs: number;
  grep?: string;
  /** Keep the live bot's knowledge answers in the project's knowledge.mocks (keep-knowledge-mocks.ts). */
  keepKnowledgeMocks?: boolean;
}

export type { LocalPorts };

export interface TargetRun {
  summary: TestRunSummary;
  /** The pretty report: per test, each differing step with the expected, live and local messages. */
  pretty: string;
  /** What the live bot answered to the questions a local Generate answer block looked up, test by test. */
  knowledgeAnswers: KnowledgeMock[];
}

const whole = (flag: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`${flag} must be a whole number from ${min} to ${max}, not '${v}'`);
  return n;
};

/** The flags of `botloom test` that only `--target chatlayer` reads. */
export function addChatlayerTargetOptions(command: Command): Command {
  return addConnectionOptions(command)
    .option(
      '--webhook-port <n>',
      `port of the local webhook receiver (127.0.0.1, path ${WEBHOOK_PATH})`,
      whole('--webhook-port', 1, 65535),
      DEFAULT_WEBHOOK_PORT,
    )
    .option(
      '--verify-token <token>',
      "the webhook channel's verify token; also BOTLOOM_CHATLAYER_VERIFY_TOKEN",
    )
    .option('--webhook-url <url>', 'the public URL Chatlayer delivers to (a tunnel to the receiver), to show')
    .option(
      '--settle-ms <ms>',
      'a turn is complete when the bot sent nothing more for this long',
      whole('--settle-ms', 10, 60_000),
      DEFAULT_SETTLE_MS,
    )
    .option(
      '--reply-timeout-ms <ms>',
      "longest wait for a turn's first bot message",
      whole('--reply-timeout-ms', 10, 600_000),
      DEFAULT_REPLY_TIMEOUT_MS,
    )
    .option(
      '--keep-knowledge-mocks',
      "keep the live bot's answers to knowledge questions in the project's knowledge.mocks",
    );
}

async function listen(opts: ChatlayerTargetOptions, verifyToken: string): Promise<WebhookReceiver> {
  try {
    return await startWebhookReceiver({
      port: opts.webhookPort,
      verifyToken,
      settleMs: opts.settleMs,
      firstMessageTimeoutMs: opts.replyTimeoutMs,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'EADDRINUSE'
        ? `Port ${opts.webhookPort} is in use, so the webhook receiver cannot listen: pass --webhook-port N (and point the channel's webhook there).`
        : `The webhook receiver cannot listen on 127.0.0.1:${opts.webhookPort}: ${(e as Error).message}.`,
      2,
    );
  }
}

export async function runChatlayerTarget(
  project: Project,
  opts: ChatlayerTargetOptions,
  ports: LocalPorts,
  signal: AbortSignal,
  showProgress: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TargetRun> {
  const verifyToken = opts.verifyToken ?? env.BOTLOOM_CHATLAYER_VERIFY_TOKEN;
  if (!verifyToken)
    throw new CliError(
      "No webhook verify token: pass --verify-token or set BOTLOOM_CHATLAYER_VERIFY_TOKEN to the verify token of the bot's webhook channel.",
      2,
    );
  const open = openChatlayer(opts, { project, need: { channel: true }, secrets: [verifyToken], env });
  const { client, connection } = open;
  try {
    const bots = await listBots(open, signal);
    if (connection.botId && !bots.some((b) => b.id === connection.botId))
      throw unknownBot(connection.botId, bots.length, client.label);
  } catch (e) {
    throw chatlayerFailure(e, open.scrub);
  }
  const receiver = await listen(opts, verifyToken);
  const publicUrl = opts.webhookUrl ?? open.settings?.webhookUrl;
  process.stderr.write(
    `Conformance against ${whereLabel(open)}, webhook channel ${connection.channelId}; receiving bot messages at ${receiver.url}${publicUrl ? ` (Chatlayer delivers to ${publicUrl})` : ''}.\n`,
  );
  const channel = webhookLiveChannel({
    client,
    channelId: connection.channelId!,
    receiver,
    language: project.language,
    readsSessions: Boolean(connection.botId),
  });
  let run: LiveRun;
  try {
    run = await runLiveTests(project, {
      channel,
      local: ports,
      chatlayerIdOf: open.chatlayerIdOf,
      runId: randomUUID().slice(0, 8),
      ...(opts.grep ? { grep: opts.grep } : {}),
      signal,
      ...(showProgress
        ? {
            onTest: (p: { done: number; total: number; name: string }) =>
              process.stderr.write(`\r\u001b[2K[${p.done + 1}/${p.total}] ${p.name}`.slice(0, 200)),
          }
        : {}),
    });
    if (showProgress) process.stderr.write('\r\u001b[2K');
    if (run.done.length > 0 && channel.received === 0 && !signal.aborted)
      throw new CliError(silentWebhookSentence(receiver.url, receiver.port, receiver.refused), 2);
  } catch (e) {
    throw chatlayerFailure(e, open.scrub);
  } finally {
    await receiver.close();
  }
  const { selected, done } = run;
  const summary = conformanceSummary(project, selected, done, run.durationMs);
  const report = open.scrub(formatConformance(done.map((d) => d.result)));
  const cancelledNote = summary.cancelled ? `(cancelled: ${summary.skipped} not run)\n` : '';
  const knowledgeAnswers = done.flatMap((d) =>
    (d.result.knowledgeAnswers ?? []).map((m) => ({ ...m, answer: open.scrub(m.answer) })),
  );
  return { summary, pretty: report + cancelledNote, knowledgeAnswers };
}
