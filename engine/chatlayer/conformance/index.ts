// Public surface of the live conformance run.
export {
  runConformance,
  type ConformanceOptions,
  type StepReport,
  type StepVerdict,
  type TestConformance,
} from './run-conformance';
export type { LiveChannel, LiveStart } from './live-channel';
export {
  MessengerMessage,
  fromDelivery,
  fromMessenger,
  eventText,
  isEventMessage,
  isLiveEvent,
  messageText,
  buttonTitles,
  type LiveEvent,
  type LiveItem,
  type LiveMessage,
} from './messenger-message';
export { formatConformance } from './format-report';
export {
  webhookLiveChannel,
  type WebhookInbox,
  type WebhookLiveChannel,
  type WebhookLiveChannelOptions,
} from './webhook-live-channel';
export {
  runLiveTests,
  silentWebhookSentence,
  type LiveRun,
  type LiveRunOptions,
  type LocalPorts,
} from './live-run';
