// Zod schemas of Chatlayer's v1 endpoints as observed (docs/chatlayer.md#the-v1-rest-api): request bodies and answers.
export { BotList, ChatlayerBot } from './bot-list';
export {
  ConversationList,
  ConversationSummary,
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
} from './conversation-list';
export { ConversationMessage, ConversationMessages } from './conversation-messages';
export { SessionData } from './session-data';
export { SendMessagesAction, sendMessagesAction } from './agent-messages';
export { NlpExtraction, NlpExtractRequest, NlpIntentScore } from './nlp-extraction';
export {
  IntroMessage,
  KeyValue,
  PostbackMessage,
  TextMessage,
  WebhookDelivery,
  WebhookMessageRequest,
  WebhookUser,
  WebhookUserMessage,
  deliveryConversationId,
} from './webhook-message';
