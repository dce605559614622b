// A live conformance run of a project's tests (docs/chatlayer.md#live-conformance), one test after the other through the bot's
// webhook channel, each step also against the local simulation (mocked tests on the fixed clock, live
// tests with real HTTP, as `botloom test` runs them). Shared by `botloom test --target chatlayer` and the
// app's Chatlayer panel; each words the failures that stop a run.
import { createMockHttp, instantSleep, type HttpPort } from '../../http';
import type { ConversationTest, Project } from '../../model';
import { fixedClock, realClock, type ConversationOptions } from '../../runtime';
import { selectTests } from '../../testing';
import { runConformance, type TestConformance } from './run-conformance';
import type { WebhookLiveChannel } from './webhook-live-channel';

/** The local simulation's ports, as `botloom test` and the app's simulator build them. */
export type LocalPorts = Pick<ConversationOptions, 'codeRunner' | 'intents' | 'secrets'> & {
  liveHttp(): HttpPort;
};

export interface LiveRunOptions {
  channel: WebhookLiveChannel;
  local: LocalPorts;
  /** The Chatlayer id of a Botloom block (the project's export ids), for tests with startBlock. */
  chatlayerIdOf(blockId: string): string;
  /** Names this run's conversations, `botloom-<runId>-<n>`, so runs never share a live session. */
  runId: string;
  grep?: string;
  signal: AbortSignal;
  /** Before each test: how many are done, of how many, and the one starting. */
  onTest?(p: { done: number; total: number; name: string }): void;
}

export interface LiveRun {
  selected: { test: ConversationTest; index: number }[];
  /** One per test run, in the order of `selected`; fewer when the run was cancelled. */
  done: { result: TestConformance; durationMs: number }[];
  cancelled: boolean;
  durationMs: number;
}

function localOptionsFor(project: Project, ports: LocalPorts, signal: AbortSignal) {
  return (test: ConversationTest): ConversationOptions => {
    const shared = {
      codeRunner: ports.codeRunner,
      ...(ports.intents ? { intents: ports.intents } : {}),
      ...(ports.secrets ? { secrets: ports.secrets } : {}),
      signal,
    };
    return test.mode === 'live'
      ? { ...shared, http: ports.liveHttp(), clock: realClock }
      : {
          ...shared,
          http: createMockHttp(project.mocks, { sleep: instantSleep }),
          clock: fixedClock(),
          seed: 1,
        };
  };
}

/**
 * Runs the selected tests until the end or the signal. A failure that makes the connection unusable
 * (refused token, unknown channel) stops the run: it is thrown as the ChatlayerError it was.
 */
export async function runLiveTests(project: Project, o: LiveRunOptions): Promise<LiveRun> {
  const { channel, signal } = o;
  const localOptions = localOptionsFor(project, o.local, signal);
  const selected = selectTests(project, o.grep);
  const done: LiveRun['done'] = [];
  const started = performance.now();
  for (const [slot, { test }] of selected.entries()) {
    if (signal.aborted) break;
    o.onTest?.({ done: slot, total: selected.length, name: test.name });
    const t = performance.now();
    let results: TestConformance[];
    try {
      results = await runConformance(
        { ...project, tests: [test] },
        {
          channel,
          localOptions,
          chatlayerIdOf: o.chatlayerIdOf,
          conversationId: () => `botloom-${o.runId}-${slot + 1}`,
          signal,
        },
      );
    } catch (e) {
      if (signal.aborted) break;
      throw e;
    }
    if (channel.fatal) throw channel.fatal;
    done.push({ result: results[0]!, durationMs: performance.now() - t });
  }
  return {
    selected,
    done,
    cancelled: done.length < selected.length,
    durationMs: performance.now() - started,
  };
}

/** Why a run that talked to the bot heard nothing back, and how to fix it. */
export function silentWebhookSentence(receiverUrl: string, port: number, refused: number): string {
  return `No bot message reached the webhook receiver at ${receiverUrl}${refused ? ` (${refused} calls refused for a wrong verify token)` : ''}: point the webhook channel's Webhook URL at it (through a tunnel such as \`ngrok http ${port}\` for a bot on Chatlayer's servers) and give it the channel's verify token.`;
}
