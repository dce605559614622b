// What a conversation-test run reports (docs/file-format.md#conversation-tests): per test, passed or failed, and for a failure the
// step, expected vs actual and the block; the reporters read only these values. The shapes are
// schemas of engine/model, so that the host contract can carry them.
export type { TestFailure, TestResult, TestRunSummary, TestStatus } from '../model';
