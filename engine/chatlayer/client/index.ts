// Public surface of the Chatlayer v1 API client (docs/chatlayer.md#the-client, docs/chatlayer.md#the-v1-rest-api).
//
//   const client = createChatlayerClient({ baseUrl | region, token, botId, version, fetch, log });
//   await client.listBots(signal);                       // GET /v1/bots (login/status checks)
//   for await (const c of client.allConversations({ since }, signal)) …; await client.listMessages(id);
//   await client.getSessionData(id) / deleteSessionData(id); await client.sendMessages(id, ['text']);
//   await client.nlpExtract('I want pizza', 'en');        // { intents: [{ intent, score }], entities }
//   await client.webhookMessage(channelId, { conversationId, message: { textMessage: { text } } });
//   await client.pause(id) / resume(id);                  // need pauseEndpoint / resumeEndpoint
//
// Every failure is a ChatlayerError with a stable `code`; `unusableConnection` marks the ones that mean
// "exit 2" (refused token, unknown bot, unreachable host, missing settings). Every request goes through
// the client's RateLimiter (x-ratelimit-* headers); 429s wait for the reset or Retry-After; 429, 5xx and
// network errors are retried with exponential backoff and full jitter, at most `maxTries` tries in all,
// each wait at most `maxWaitMs`, and 5xx/network errors only for calls that cannot act twice (a user
// message or agent texts are repeated only when the connection was refused before sending). The token
// never appears in a log line or an error.
export {
  createChatlayerClient,
  type ChatlayerClient,
  type ChatlayerClientOptions,
  type ConversationPage,
  type WebhookMessage,
  type WebhookMessageInput,
} from './chatlayer-client';
export type { ChatlayerCall, ChatlayerFetch } from './chatlayer-request';
export {
  ChatlayerError,
  scrubSecret,
  type ChatlayerErrorCode,
  type ChatlayerErrorLocation,
} from './chatlayer-error';
export {
  RateLimiter,
  parseReset,
  resetToEpochMs,
  type RateLimitState,
  type ResetTime,
  type Sleep,
} from './rate-limiter';
export { REGION_BASE_URLS, resolveTarget, type ChatlayerTarget } from './regions';
export {
  DEFAULT_RETRY_POLICY,
  backoffMs,
  failedBeforeSending,
  isRetryable,
  retryAfterToEpochMs,
  type RetryPolicy,
} from './retry-policy';
export { resolveEndpointTemplate, type ResolvedEndpoint } from './endpoint-template';
