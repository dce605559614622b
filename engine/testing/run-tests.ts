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
  /** Runs only the tests in this language (docs/file-format.md#languages). */
  language?: string;
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

/**
 * The tests `grep` selects, with their positions in the project; with `language`, only the tests in that language
 * (a test without `language` is in the primary one; docs/file-format.md#languages).
 */
export function selectTests(
  project: Project,
  grep?: string,
  language?: string,
): { test: ConversationTest; index: number }[] {
  const needle = grep?.toLowerCase();
  return project.tests
    .map((test, index) => ({ test, index }))
    .filter(({ test }) => !needle || test.name.toLowerCase().includes(needle))
    .filter(({ test }) => language === undefined || (test.language ?? project.language) === language);
}

/** The options that shape one test's run (shared by runTests and the CLI's worker threads). */
export type RunOneTestOptions = Omit<RunTestsOptions, 'grep' | 'language' | 'onProgress' | 'concurrency'>;

/**
 * Runs one test of the project, with a fresh HTTP layer, clock and seed. Resolves to undefined when the
 * run was cancelled (through `signal`) before the test could finish: such a test is reported as skipped.
 */
export async function runOneTest(
  project: Project,
  test: ConversationTest,
  index: number,
  options: RunOneTestOptions,
): Promise<TestResult | undefined> {
  const now = options.now ?? (() => performance.now());
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
  let env: TestEnvironment;
  if (mode === 'live') {
    const http = options.httpFor?.('live', test);
    if (!http)
      return {
        index,
        name: test.name,
        status: 'failed',
        mode: 'live',
        durationMs: 0,
        stepsPassed: 0,
        failure: {
          step: 0,
          expected: 'a live HTTP layer',
          actual: 'this test runs in live mode, but no live HTTP layer was given to the runner',
          blockId: null,
        },
      };
    env = { ...base, http, clock: realClock };
  } else {
    env = {
      ...base,
      http: options.httpFor?.('mocked', test) ?? createMockHttp(project.mocks, { sleep: instantSleep }),
      clock: fixedClock(),
      seed: options.seed ?? 1,
    };
  }
  let result: TestResult;
  try {
    result = await runConversationTest(project, test, index, env);
  } catch (e) {
    if (!options.signal?.aborted) throw e;
    return undefined; // cancelled mid-test
  }
  // A test that failed because the cancel cut its requests or code short did not really fail.
  if (result.status === 'failed' && options.signal?.aborted) return undefined;
  return result;
}

/** A test not run (cancelled before it finished). */
export function skippedResult(test: ConversationTest, index: number, reason = 'cancelled'): TestResult {
  return {
    index,
    name: test.name,
    status: 'skipped',
    mode: test.mode ?? 'mocked',
    durationMs: 0,
    stepsPassed: 0,
    skipReason: reason,
  };
}

/** The summary of a run from its results (in project order) and duration. */
export function summarize(
  project: Project,
  results: TestResult[],
  durationMs: number,
  cancelled: boolean,
): TestRunSummary {
  const count = (status: TestResult['status']) => results.filter((r) => r.status === status).length;
  return {
    project: project.name,
    results,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    cancelled: cancelled && results.some((r) => r.status === 'skipped'),
    durationMs: Math.max(0, durationMs),
  };
}

export async function runTests(project: Project, options: RunTestsOptions): Promise<TestRunSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const selected = selectTests(project, options.grep, options.language);
  const results: (TestResult | undefined)[] = new Array(selected.length);
  const total = selected.length;
  let done = 0;
  options.onProgress?.({ type: 'start', total });

  const runOne = async (slot: number): Promise<void> => {
    const { test, index } = selected[slot]!;
    options.onProgress?.({ type: 'test-start', index, name: test.name });
    const result = await runOneTest(project, test, index, options);
    if (!result) return; // cancelled mid-test: reported as skipped below
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

  const final = selected.map(({ test, index }, slot) => results[slot] ?? skippedResult(test, index));
  return summarize(project, final, now() - started, Boolean(options.signal?.aborted));
}
