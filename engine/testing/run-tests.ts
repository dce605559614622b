// Runs a project's conversation tests (docs/file-format.md#conversation-tests): mocked mode with a fixed clock and seed unless a test
// says `"mode": "live"`; progress through `onProgress`, cancellation through `signal` (tests not yet
// finished are reported as skipped).
import type { ConversationTest, Project, TraceEvent } from '../model';
import { createMockHttp, instantSleep, type HttpPort } from '../http';
import { fixedClock, realClock, type ConversationOptions } from '../runtime';
import { runConversationTest, type TestEnvironment } from './run-test';
import type { TestResult, TestRunSummary } from './test-result';

export type TestProgress =
  | { type: 'start'; total: number }
  | { type: 'test-start'; index: number; name: string }
  | { type: 'test-end'; result: TestResult; done: number; total: number };

export interface RunTestsOptions extends Pick<
  ConversationOptions,
  'codeRunner' | 'intents' | 'secrets' | 'nlpThreshold'
> {
  /** Runs only tests whose name contains this text (case-insensitive). */
  grep?: string;
  /**
   * The HTTP layer for a test; undefined for the default: mocked mode answers from the project's mocks
   * without real waiting; live mode has none (such a test fails, saying so).
   */
  httpFor?: (mode: 'mocked' | 'live', test: ConversationTest) => HttpPort | undefined;
  signal?: AbortSignal;
  onProgress?: (progress: TestProgress) => void;
  /** Seed of mocked-mode tests; default 1. */
  seed?: number;
  /** Tests run at once; default 1. */
  concurrency?: number;
  /** Real-time milliseconds for durations; default `performance.now`. */
  now?: () => number;
  /** Gets each finished test's trace events (by the test's position in the project), e.g. for coverage. */
  onTestEvents?: (index: number, events: readonly TraceEvent[]) => void;
}

/** The tests `grep` selects, with their positions in the project. */
export function selectTests(project: Project, grep?: string): { test: ConversationTest; index: number }[] {
  const needle = grep?.toLowerCase();
  return project.tests
    .map((test, index) => ({ test, index }))
    .filter(({ test }) => !needle || test.name.toLowerCase().includes(needle));
}

export async function runTests(project: Project, options: RunTestsOptions): Promise<TestRunSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const selected = selectTests(project, options.grep);
  const results: (TestResult | undefined)[] = new Array(selected.length);
  const total = selected.length;
  let done = 0;
  options.onProgress?.({ type: 'start', total });

  const mocked = (): HttpPort => createMockHttp(project.mocks, { sleep: instantSleep });
  const environment = (test: ConversationTest, index: number): TestEnvironment | string => {
    const mode = test.mode ?? 'mocked';
    const base = {
      codeRunner: options.codeRunner,
      now,
      ...(options.intents ? { intents: options.intents } : {}),
      ...(options.secrets ? { secrets: options.secrets } : {}),
      ...(options.nlpThreshold !== undefined ? { nlpThreshold: options.nlpThreshold } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onTestEvents
        ? { onEvents: (events: readonly TraceEvent[]) => options.onTestEvents?.(index, events) }
        : {}),
    };
    if (mode === 'live') {
      const http = options.httpFor?.('live', test);
      if (!http) return 'this test runs in live mode, but no live HTTP layer was given to the runner';
      return { ...base, http, clock: realClock };
    }
    return {
      ...base,
      http: options.httpFor?.('mocked', test) ?? mocked(),
      clock: fixedClock(),
      seed: options.seed ?? 1,
    };
  };

  const runOne = async (slot: number): Promise<void> => {
    const { test, index } = selected[slot]!;
    options.onProgress?.({ type: 'test-start', index, name: test.name });
    const env = environment(test, index);
    let result: TestResult;
    if (typeof env === 'string') {
      result = {
        index,
        name: test.name,
        status: 'failed',
        mode: 'live',
        durationMs: 0,
        stepsPassed: 0,
        failure: { step: 0, expected: 'a live HTTP layer', actual: env, blockId: null },
      };
    } else {
      try {
        result = await runConversationTest(project, test, index, env);
      } catch (e) {
        if (!options.signal?.aborted) throw e;
        return; // cancelled mid-test: reported as skipped below
      }
      // A test that failed because the cancel cut its requests or code short did not really fail.
      if (result.status === 'failed' && options.signal?.aborted) return;
    }
    results[slot] = result;
    done += 1;
    options.onProgress?.({ type: 'test-end', result, done, total });
  };

  let next = 0;
  const worker = async () => {
    while (next < selected.length && !options.signal?.aborted) await runOne(next++);
  };
  const lanes = Math.max(1, Math.min(options.concurrency ?? 1, selected.length));
  await Promise.all(Array.from({ length: lanes }, worker));

  const final = selected.map(
    ({ test, index }, slot): TestResult =>
      results[slot] ?? {
        index,
        name: test.name,
        status: 'skipped',
        mode: test.mode ?? 'mocked',
        durationMs: 0,
        stepsPassed: 0,
        skipReason: 'cancelled',
      },
  );
  const count = (status: TestResult['status']) => final.filter((r) => r.status === status).length;
  return {
    project: project.name,
    results: final,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    cancelled: Boolean(options.signal?.aborted) && final.some((r) => r.status === 'skipped'),
    durationMs: Math.max(0, now() - started),
  };
}
