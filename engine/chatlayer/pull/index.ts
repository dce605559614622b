// Public surface of pulling live conversations as conversation tests.
export {
  conversationToTest,
  stepsKey,
  type PulledConversation,
  type PullOutcome,
} from './conversation-to-test';
export { redactionFor, standInFor, type Redaction } from './redaction';
export { PulledMessage } from './pulled-message';
export { pullTests, type PullOptions, type PullResult, type PulledTranscript } from './pull-tests';
