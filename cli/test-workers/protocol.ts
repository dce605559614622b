// Messages between `botloom test` and its test worker threads (cli/test-workers/worker.ts): the main
// thread hands out tests one at a time by position, a worker answers each with its result.
import type { Project, TestResult } from '../../engine/model';

export interface TestWorkerData {
  project: Project;
  /** Tests a worker runs at once (they interleave while code blocks run in the sandbox). */
  concurrency: number;
  seed?: number;
}

export type MainToTestWorker = { t: 'run'; slot: number; index: number };

export type TestWorkerToMain =
  | { t: 'ready' }
  | { t: 'result'; slot: number; result: TestResult }
  /** The runner itself failed on a test (not the test's checks): reported as that test's failure. */
  | { t: 'error'; slot: number; message: string };
