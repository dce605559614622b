// chatlayer.runConformance (docs/chatlayer.md#live-conformance): the project's conversation tests against the live
// bot through its webhook channel, with a local webhook receiver for the bot's answers, each step also
// against the local simulation. Answers per test and per step: expected, live and local messages, and per
// test the live bot's answers to knowledge questions (knowledge mocks the app can keep).
import { randomUUID } from 'node:crypto';
import {
  runLiveTests,
  silentWebhookSentence,
  webhookLiveChannel,
  type LiveRun,
  type LocalPorts,
  type StepReport,
} from '../../../engine/chatlayer/conformance';
import { whereLabel, type ChatlayerFetch } from '../../../engine/chatlayer';
import type { Project } from '../../../engine/model';
import { HostError, type ConformanceRun, type ConformanceStep, type MethodParsedInput } from '../../api';
import { hostFailure, openProjectConnection, requireBot, scrubbed, type TokenSource } from './app-connection';
import type { ChatlayerRun } from './chatlayer-runs';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

export type ConformanceInput = MethodParsedInput<'chatlayer.runConformance'>;

export interface ConformanceDeps {
  token: TokenSource;
  fetch: ChatlayerFetch;
  /** The local simulation's ports for this project (sandbox, intents, secrets, live HTTP). */
  local(project: Project): Promise<LocalPorts>;
}

async function listen(input: ConformanceInput): Promise<WebhookReceiver> {
  try {
    return await startWebhookReceiver({
      port: input.webhookPort,
      verifyToken: input.verifyToken,
      settleMs: input.settleMs,
      firstMessageTimeoutMs: input.replyTimeoutMs,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new HostError(
      'chatlayer-port-in-use',
      code === 'EADDRINUSE'
        ? `Port ${input.webhookPort} is in use, so the webhook receiver cannot listen: choose another port (and point the channel's webhook there).`
        : `The webhook receiver cannot listen on 127.0.0.1:${input.webhookPort}: ${(e as Error).message}.`,
    );
  }
}

const step = (s: StepReport): ConformanceStep => ({
  index: s.index,
  step: s.step,
  verdict: s.verdict,
  expected: s.expected ?? null,
  live: s.live ?? null,
  local: s.local ?? null,
  events: s.events ?? [],
  note: s.note ?? null,
});

function report(live: LiveRun, where: string, receiverUrl: string, publicUrl: string | null): ConformanceRun {
  const tests = live.selected.map(({ test, index }, slot): ConformanceRun['tests'][number] => {
    const d = live.done[slot];
    if (!d)
      return {
        name: test.name,
        index,
        conversationId: null,
        verdict: 'skipped',
        error: null,
        durationMs: 0,
        steps: [],
        knowledgeAnswers: [],
      };
    return {
      name: d.result.name,
      index,
      conversationId: d.result.conversationId,
      verdict: d.result.verdict,
      error: d.result.error ?? null,
      durationMs: d.durationMs,
      steps: d.result.steps.map(step),
      knowledgeAnswers: d.result.knowledgeAnswers ?? [],
    };
  });
  const count = (...verdicts: string[]) => tests.filter((t) => verdicts.includes(t.verdict)).length;
  return {
    where,
    receiverUrl,
    publicUrl,
    tests,
    passed: count('same'),
    failed: count('differs', 'error'),
    skipped: count('skipped'),
    cancelled: live.cancelled,
    durationMs: live.durationMs,
  };
}

export async function runConformanceMethod(
  project: Project,
  input: ConformanceInput,
  run: ChatlayerRun,
  deps: ConformanceDeps,
): Promise<ConformanceRun> {
  const open = openProjectConnection(project, deps.token, {
    need: { channel: true },
    secrets: [input.verifyToken],
    fetch: deps.fetch,
  });
  const { connection, client } = open;
  try {
    await requireBot(open, run.signal);
    const local = await deps.local(project);
    const receiver = await listen(input);
    try {
      const channel = webhookLiveChannel({
        client,
        channelId: connection.channelId!,
        receiver,
        language: project.language,
        readsSessions: Boolean(connection.botId),
      });
      const live = await runLiveTests(project, {
        channel,
        local,
        chatlayerIdOf: open.chatlayerIdOf,
        runId: randomUUID().slice(0, 8),
        ...(input.grep ? { grep: input.grep } : {}),
        signal: run.signal,
        onTest: (p) => run.progress(p.done, p.total),
      });
      if (live.done.length > 0 && channel.received === 0 && !run.signal.aborted)
        throw new HostError(
          'chatlayer-no-delivery',
          silentWebhookSentence(receiver.url, receiver.port, receiver.refused),
        );
      run.progress(live.done.length, live.selected.length);
      const where = `${whereLabel(open)}, webhook channel ${connection.channelId}`;
      const result = report(live, where, receiver.url, open.settings?.webhookUrl ?? null);
      return scrubbed(result, open.scrub);
    } finally {
      await receiver.close();
    }
  } catch (e) {
    throw hostFailure(e, open.scrub);
  }
}
