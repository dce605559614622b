// What a conversation-test run reports (SPEC §5): per test, passed or failed, and for a failure the
// step, expected vs actual and the block; the reporters read only these values.
import type { TestStep } from '../model';

export type TestStatus = 'passed' | 'failed' | 'skipped';

export interface TestFailure {
  /** 1-based number of the failing step; 0 when the conversation failed before the first step. */
  step: number;
  /** The failing step as written in the project (absent for step 0). */
  stepSpec?: TestStep;
  /** What the step expected, in words. */
  expected: string;
  /** What happened instead, in words. */
  actual: string;
  /** The block concerned: the one that sent the message checked, or where the bot was. */
  blockId: string | null;
  /** An error the bot ran into during the test (`code: message`), a likely cause of the failure. */
  botError?: string;
}

export interface TestResult {
  /** Position of the test in the project's `tests`. */
  index: number;
  name: string;
  status: TestStatus;
  mode: 'mocked' | 'live';
  durationMs: number;
  /** Steps that passed. */
  stepsPassed: number;
  failure?: TestFailure;
  /** For a skipped test: why (cancelled). */
  skipReason?: string;
}

export interface TestRunSummary {
  /** The project's name, used as the test suite's name. */
  project: string;
  /** One per test selected (by `grep`), in project order. */
  results: TestResult[];
  passed: number;
  failed: number;
  skipped: number;
  /** True when the run was cancelled before every test ran. */
  cancelled: boolean;
  durationMs: number;
}
