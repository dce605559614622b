// What a conversation-test run reports (docs/file-format.md#conversation-tests) and the coverage of a run (issue 7), as schemas: the
// runner, the reporters, the CLI and the host contract all read these shapes.
import { z } from 'zod';
import { TestStep } from './conversation-test';

export const TestStatus = z.enum(['passed', 'failed', 'skipped']);
export type TestStatus = z.infer<typeof TestStatus>;

export const TestFailure = z.object({
  /** 1-based number of the failing step; 0 when the conversation failed before the first step. */
  step: z.number().int().min(0),
  /** The failing step as written in the project (absent for step 0). */
  stepSpec: TestStep.optional(),
  /** What the step expected, in words. */
  expected: z.string(),
  /** What happened instead, in words. */
  actual: z.string(),
  /** The block concerned: the one that sent the message checked, or where the bot was. */
  blockId: z.string().nullable(),
  /** An error the bot ran into during the test (`code: message`), a likely cause of the failure. */
  botError: z.string().optional(),
});
export type TestFailure = z.infer<typeof TestFailure>;

export const TestResult = z.object({
  /** Position of the test in the project's `tests`. */
  index: z.number().int().min(0),
  name: z.string(),
  status: TestStatus,
  mode: z.enum(['mocked', 'live']),
  durationMs: z.number(),
  /** Steps that passed. */
  stepsPassed: z.number().int().min(0),
  failure: TestFailure.optional(),
  /** For a skipped test: why (cancelled). */
  skipReason: z.string().optional(),
});
export type TestResult = z.infer<typeof TestResult>;

export const TestRunSummary = z.object({
  /** The project's name, used as the test suite's name. */
  project: z.string(),
  /** One per test selected (by `grep`), in project order. */
  results: z.array(TestResult),
  passed: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  /** True when the run was cancelled before every test ran. */
  cancelled: z.boolean(),
  durationMs: z.number(),
});
export type TestRunSummary = z.infer<typeof TestRunSummary>;

export const CoveredBranch = z.object({
  from: z.string(),
  to: z.string(),
  kind: z.enum(['next', 'button', 'rule', 'else', 'onError', 'onFail', 'noAnswer']),
  /** JSON path of the reference inside the block, e.g. `messages.0.buttons.1.goTo`. */
  path: z.string(),
  label: z.string().optional(),
  covered: z.boolean(),
});
export type CoveredBranch = z.infer<typeof CoveredBranch>;

export const Coverage = z.object({
  blocks: z.object({
    total: z.number().int(),
    covered: z.number().int(),
    visited: z.array(z.string()),
    missed: z.array(z.string()),
  }),
  branches: z.object({ total: z.number().int(), covered: z.number().int(), list: z.array(CoveredBranch) }),
  /** Covered / total over blocks and branches together, 0–100, one decimal. */
  percent: z.number(),
});
export type Coverage = z.infer<typeof Coverage>;
