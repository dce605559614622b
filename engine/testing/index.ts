// Public surface of engine/testing: the conversation-test runner (docs/file-format.md#conversation-tests) and its reporters.
export {
  runOneTest,
  runTests,
  selectTests,
  skippedResult,
  summarize,
  type RunOneTestOptions,
  type RunTestsOptions,
  type TestProgress,
} from './run-tests';
export { runConversationTest, type TestEnvironment } from './run-test';
export {
  MergeError,
  mergeSummaries,
  parseShard,
  shardTests,
  testKeys,
  TestTimings,
  timingsOf,
  type Shard,
} from './shards';
export type { TestFailure, TestResult, TestRunSummary, TestStatus } from './test-result';
export {
  botMessageText,
  describeExpectation,
  isBotExpectation,
  meetsExpectation,
  type BotExpectation,
} from './bot-text';
export {
  REPORTERS,
  report,
  prettyReport,
  jsonReport,
  junitReport,
  escapeXml,
  countsLine,
  failureLines,
  failureSummary,
  type ReporterName,
  type PrettyOptions,
} from './reporters';
export { computeCoverage, transitions } from './coverage';
export {
  conversationAsTest,
  type ConversationAsTest,
  type ConversationAsTestOptions,
} from './conversation-as-test';
