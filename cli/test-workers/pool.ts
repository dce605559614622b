// `botloom test` on every core: the selected tests are handed out, one at a time by position, to a
// pool of worker threads (cli/test-workers/worker.ts), each with its own code sandbox and intent
// classifier. Results are kept by position, so the report is the same whatever the number of workers
// and whichever finishes first. A test still running after the per-test timeout is reported as failed
// and its worker is replaced (the tests it was running alongside start over on another worker).
import { Worker } from 'node:worker_threads';
import type { ConversationTest, Project, TestResult, TestRunSummary } from '../../engine/model';
import { locateSandboxWorker } from '../../engine/node';
import { selectTests, skippedResult, summarize, type TestProgress } from '../../engine/testing';
import type { MainToTestWorker, TestWorkerData, TestWorkerToMain } from './protocol';

export interface TestPoolOptions {
  /** Worker threads (at most one per selected test). */
  workers: number;
  /** Tests each worker runs at once. */
  concurrency: number;
  /** A test still running after this long fails, and its worker is replaced. */
  testTimeoutMs: number;
  grep?: string;
  /** Runs only these positions in the project's tests (a shard), after `grep`. */
  only?: ReadonlySet<number>;
  seed?: number;
  signal?: AbortSignal;
  onProgress?: (progress: TestProgress) => void;
  /** The worker script; by default dist/node/test-worker.js (next to the bundled CLI). */
  script?: URL;
}

/** How often a test whose worker crashed under it is tried again before it is reported as failed. */
const CRASH_RETRIES = 1;

interface Lane {
  worker: Worker;
  ready: boolean;
  /** Tests running on it: slot → its timeout. */
  running: Map<number, ReturnType<typeof setTimeout>>;
  /** Set once the pool stopped it (its exit is then expected). */
  stopped: boolean;
}

export function runTestsInWorkers(project: Project, options: TestPoolOptions): Promise<TestRunSummary> {
  const started = performance.now();
  const selected = selectTests(project, options.grep).filter(
    ({ index }) => !options.only || options.only.has(index),
  );
  const total = selected.length;
  const results: (TestResult | undefined)[] = new Array(total);
  const crashes = new Array<number>(total).fill(0);
  const queue = selected.map((_, slot) => slot);
  const lanes = new Set<Lane>();
  const script = options.script ?? locateSandboxWorker(import.meta.url, 'test-worker.js');
  const data: TestWorkerData = {
    project,
    concurrency: options.concurrency,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  };
  let done = 0;
  options.onProgress?.({ type: 'start', total });

  return new Promise<TestRunSummary>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const lane of lanes) stop(lane);
      if (error) return reject(error);
      const final = selected.map(({ test, index }, slot) => results[slot] ?? skippedResult(test, index));
      resolve(summarize(project, final, performance.now() - started, Boolean(options.signal?.aborted)));
    };
    const onAbort = () => finish();
    if (options.signal?.aborted) return finish();
    options.signal?.addEventListener('abort', onAbort);

    const stop = (lane: Lane) => {
      lane.stopped = true;
      for (const timer of lane.running.values()) clearTimeout(timer);
      lanes.delete(lane);
      void lane.worker.terminate();
    };
    /** Puts tests back in the queue, in position order, for another worker. */
    const requeue = (slots: Iterable<number>) => {
      queue.push(...slots);
      queue.sort((a, b) => a - b);
    };
    const record = (slot: number, result: TestResult) => {
      if (results[slot] || settled) return;
      results[slot] = result;
      done += 1;
      options.onProgress?.({ type: 'test-end', result, done, total });
      if (done === total) finish();
    };
    const dispatch = () => {
      if (settled) return;
      // One test at a time to the ready worker with the fewest running, so that work spreads evenly.
      while (queue.length > 0) {
        let lane: Lane | undefined;
        for (const l of lanes)
          if (
            l.ready &&
            l.running.size < options.concurrency &&
            (!lane || l.running.size < lane.running.size)
          )
            lane = l;
        if (!lane) break;
        const slot = queue.shift()!;
        const { test, index } = selected[slot]!;
        const chosen = lane;
        lane.running.set(
          slot,
          setTimeout(() => timedOut(chosen, slot), options.testTimeoutMs),
        );
        options.onProgress?.({ type: 'test-start', index, name: test.name });
        lane.worker.postMessage({ t: 'run', slot, index } satisfies MainToTestWorker);
      }
      // As many workers as there are tests left, up to `workers` (a replaced worker's successor starts here).
      let left = queue.length;
      for (const l of lanes) left += l.running.size;
      while (lanes.size < Math.min(options.workers, left)) spawn();
    };
    const timedOut = (lane: Lane, slot: number) => {
      const { test, index } = selected[slot]!;
      lane.running.delete(slot);
      requeue(lane.running.keys());
      lane.running.clear();
      stop(lane);
      record(slot, timeoutResult(test, index, options.testTimeoutMs));
      dispatch();
    };
    const spawn = () => {
      const lane: Lane = {
        worker: new Worker(script, { workerData: data }),
        ready: false,
        running: new Map(),
        stopped: false,
      };
      lanes.add(lane);
      lane.worker.on('message', (message: TestWorkerToMain) => {
        if (lane.stopped) return;
        if (message.t === 'ready') {
          lane.ready = true;
        } else {
          clearTimeout(lane.running.get(message.slot));
          lane.running.delete(message.slot);
          const { test, index } = selected[message.slot]!;
          record(
            message.slot,
            message.t === 'result' ? message.result : runnerFailed(test, index, message.message),
          );
        }
        dispatch();
      });
      const crashed = (why: string) => {
        if (lane.stopped) return;
        // A worker that never got ready will not do better next time: the run cannot go on.
        if (!lane.ready) return finish(new Error(`a test worker could not start: ${why}`));
        const running = [...lane.running.keys()];
        lane.running.clear();
        stop(lane);
        for (const slot of running) {
          const { test, index } = selected[slot]!;
          if (crashes[slot]!++ < CRASH_RETRIES) requeue([slot]);
          else record(slot, runnerFailed(test, index, `its worker stopped: ${why}`));
        }
        dispatch();
      };
      lane.worker.on('error', (e) => crashed(e.message));
      lane.worker.on('exit', (code) => crashed(`exit code ${code}`));
    };

    if (total === 0) return finish();
    dispatch();
  });
}

/** A test that failed outside its own steps (it ran too long, or its runner failed). */
function failedOutside(
  test: ConversationTest,
  index: number,
  durationMs: number,
  expected: string,
  actual: string,
): TestResult {
  return {
    index,
    name: test.name,
    status: 'failed',
    mode: test.mode ?? 'mocked',
    durationMs,
    stepsPassed: 0,
    failure: { step: 0, expected, actual, blockId: null },
  };
}

function timeoutResult(test: ConversationTest, index: number, ms: number): TestResult {
  return failedOutside(
    test,
    index,
    ms,
    `the test to finish within ${ms} ms`,
    `it was still running after ${ms} ms and was stopped (raise the limit with --test-timeout)`,
  );
}

function runnerFailed(test: ConversationTest, index: number, message: string): TestResult {
  return failedOutside(test, index, 0, 'the test to run', `the test runner failed: ${message}`);
}
