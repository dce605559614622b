// The Chatlayer v1 API client (docs/chatlayer.md#the-v1-rest-api, docs/chatlayer.md#the-client): one method per observed endpoint, every call
// through a shared rate limiter and the retry policy, answers checked against engine/chatlayer/api.
import type { z } from 'zod';
import type { ChatlayerRegion, Json } from '../../model';
import {
  BotList,
  ConversationList,
  ConversationMessages,
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  NlpExtraction,
  SessionData,
  sendMessagesAction,
  type ChatlayerBot,
  type ConversationMessage,
  type ConversationSummary,
  type KeyValue,
  type WebhookUser,
} from '../api';
import { ChatlayerError } from './chatlayer-error';
import { performCall, type ChatlayerCall, type ChatlayerFetch } from './chatlayer-request';
import { resolveEndpointTemplate } from './endpoint-template';
import type { RateLimiter, Sleep } from './rate-limiter';
import { resolveTarget } from './regions';
import { requestContext } from './request-context';

export interface ChatlayerClientOptions {
  region?: ChatlayerRegion;
  /** A custom base URL (proxy, fake server); wins over `region`. */
  baseUrl?: string;
  token: string;
  /** The bot of the bot-scoped calls (conversations, sessions, NLP, pause/resume). */
  botId?: string;
  version?: 'DRAFT' | 'LIVE';
  fetch: ChatlayerFetch;
  /** Epoch ms; default Date.now. */
  now?: () => number;
  /** Default: real timers. */
  sleep?: Sleep;
  /** Jitter source in [0, 1); default Math.random. */
  random?: () => number;
  /** One line per try (method, path, status, ms, retries); never the token. */
  log?: (line: string) => void;
  /** Tries in all, the first included (default 5). */
  maxTries?: number;
  /** Longest single wait before a retry (default 60 s). */
  maxWaitMs?: number;
  /** Backoff base (default 250 ms): the cap of the first retry's jitter. */
  baseDelayMs?: number;
  /** Share one limiter between clients of the same token; default: the client's own. */
  limiter?: RateLimiter;
  /** Project settings `pauseEndpoint` / `resumeEndpoint`: `[METHOD ]/path/{botId}/{conversationId}`. */
  pauseEndpoint?: string;
  resumeEndpoint?: string;
}

export type WebhookMessage =
  | { introMessage: Record<string, never> }
  | { textMessage: { text: string } }
  | {
      postbackMessage: {
        title: string;
        /** A click: the opaque payload the bot delivered with the button, unchanged. */
        payload?: string;
        /** A trigger: the block to run, after setting `sessionDataToSet`. */
        nextDialogstateId?: string;
        sessionDataToSet?: KeyValue[];
      };
    };

export interface WebhookMessageInput {
  conversationId: string;
  message: WebhookMessage;
  user?: WebhookUser;
  sessionData?: Record<string, Json>;
}

export interface ConversationPage {
  page: number;
  limit: number;
  conversations: ConversationSummary[];
}

export interface ChatlayerClient {
  /** "region EU" or the custom host. */
  readonly label: string;
  readonly baseUrl: string;
  readonly limiter: RateLimiter;
  listBots(signal?: AbortSignal): Promise<ChatlayerBot[]>;
  listConversations(
    query?: { page?: number; limit?: number; since?: string },
    signal?: AbortSignal,
  ): Promise<ConversationPage>;
  /** Every conversation, page after page, until a short page (`limit` per page, default 100). */
  allConversations(
    query?: { limit?: number; since?: string },
    signal?: AbortSignal,
  ): AsyncIterable<ConversationSummary>;
  listMessages(conversationId: string, signal?: AbortSignal): Promise<ConversationMessage[]>;
  getSessionData(conversationId: string, signal?: AbortSignal): Promise<Record<string, Json>>;
  deleteSessionData(conversationId: string, signal?: AbortSignal): Promise<void>;
  /**
   * Texts into a conversation as an agent (conversation actions, `sendMessages`). Not repeated after a
   * 5xx or a lost answer: Chatlayer may have sent them already.
   */
  sendMessages(conversationId: string, texts: readonly string[], signal?: AbortSignal): Promise<void>;
  nlpExtract(expression: string, language: string, signal?: AbortSignal): Promise<NlpExtraction['extract']>;
  /** A user message into a webhook channel; like `sendMessages`, never repeated once it may have arrived. */
  webhookMessage(channelId: string, input: WebhookMessageInput, signal?: AbortSignal): Promise<void>;
  pause(conversationId: string, signal?: AbortSignal): Promise<void>;
  resume(conversationId: string, signal?: AbortSignal): Promise<void>;
  /** Any other call (paths Chatlayer adds later); retries 5xx only when `idempotent`. */
  request<T>(call: ChatlayerCall<T>): Promise<T>;
}

const seg = encodeURIComponent;

export function createChatlayerClient(options: ChatlayerClientOptions): ChatlayerClient {
  const ctx = requestContext(options, resolveTarget(options));
  const { baseUrl, label } = ctx;
  const version = options.version ?? 'DRAFT';
  const call = <T>(c: ChatlayerCall<T>) => performCall(ctx, c);
  const bot = (): string => {
    if (!options.botId)
      throw new ChatlayerError(
        'chatlayer-config',
        "No Chatlayer bot id: pass --bot ID or set it in the project's Chatlayer settings.",
      );
    return seg(options.botId);
  };
  const conversation = (id: string) => `/v1/bots/${bot()}/conversations/${seg(id)}`;
  const CONV = '/v1/bots/{botId}/conversations/{conversationId}';
  const send = <T>(
    c: Omit<ChatlayerCall<T>, 'idempotent'> & { answer?: z.ZodType<T> },
    idempotent: boolean,
  ) => call({ ...c, idempotent });

  const listConversations: ChatlayerClient['listConversations'] = async (query = {}, signal) => {
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const limit = Math.min(MAX_PAGE_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_LIMIT)));
    const answer = await send(
      {
        method: 'GET',
        path: `/v1/bots/${bot()}/conversations`,
        endpoint: 'GET /v1/bots/{botId}/conversations',
        query: { version, page, limit, since: query.since },
        answer: ConversationList,
        ...(signal ? { signal } : {}),
      },
      true,
    );
    return { page, limit, conversations: answer.data };
  };

  const template =
    (name: 'pause' | 'resume', t: string | undefined) => async (id: string, signal?: AbortSignal) => {
      const { method, path } = resolveEndpointTemplate(name, t, { botId: options.botId, conversationId: id });
      await call({
        method,
        path,
        endpoint: `${method} ${name} endpoint`,
        query: { version },
        idempotent: true,
        ...(signal ? { signal } : {}),
      });
    };

  return {
    label,
    baseUrl,
    limiter: ctx.limiter,
    request: call,
    listBots(signal) {
      // A bare array or `{ data }`, numeric or string ids: BotList reads both as a list of string ids.
      return send(
        {
          method: 'GET',
          path: '/v1/bots',
          endpoint: 'GET /v1/bots',
          answer: BotList,
          ...(signal ? { signal } : {}),
        },
        true,
      );
    },
    listConversations,
    async *allConversations(query = {}, signal) {
      const limit = query.limit ?? MAX_PAGE_LIMIT;
      for (let page = 1; ; page++) {
        const p = await listConversations(
          { page, limit, ...(query.since ? { since: query.since } : {}) },
          signal,
        );
        yield* p.conversations;
        if (p.conversations.length < p.limit) return;
      }
    },
    async listMessages(id, signal) {
      const answer = await send(
        {
          method: 'GET',
          path: `${conversation(id)}/messages`,
          endpoint: `GET ${CONV}/messages`,
          query: { version },
          answer: ConversationMessages,
          ...(signal ? { signal } : {}),
        },
        true,
      );
      return answer.data;
    },
    getSessionData(id, signal) {
      return send(
        {
          method: 'GET',
          path: `${conversation(id)}/session-data`,
          endpoint: `GET ${CONV}/session-data`,
          query: { version },
          answer: SessionData,
          ...(signal ? { signal } : {}),
        },
        true,
      );
    },
    async deleteSessionData(id, signal) {
      await send(
        {
          method: 'DELETE',
          path: `${conversation(id)}/session-data`,
          endpoint: `DELETE ${CONV}/session-data`,
          query: { version },
          ...(signal ? { signal } : {}),
        },
        true,
      );
    },
    async sendMessages(id, texts, signal) {
      // Acts on a conversation: a 5xx may come after the messages went out, so only a request that
      // provably never left is repeated (docs/chatlayer.md#the-client).
      await send(
        {
          method: 'POST',
          path: `${conversation(id)}/actions`,
          endpoint: `POST ${CONV}/actions`,
          query: { version },
          body: sendMessagesAction(texts),
          ...(signal ? { signal } : {}),
        },
        false,
      );
    },
    async nlpExtract(expression, language, signal) {
      const answer = await send(
        {
          method: 'POST',
          path: `/v1/bots/${bot()}/nlp/extract`,
          endpoint: 'POST /v1/bots/{botId}/nlp/extract',
          query: { version },
          body: { language, expression },
          answer: NlpExtraction,
          ...(signal ? { signal } : {}),
        },
        true,
      );
      return answer.extract;
    },
    async webhookMessage(channelId, input, signal) {
      await send(
        {
          method: 'POST',
          path: `/v1/channels/webhook/${seg(channelId)}/messages`,
          endpoint: 'POST /v1/channels/webhook/{channelId}/messages',
          body: input,
          ...(signal ? { signal } : {}),
        },
        // A user message the bot may already have answered: never sent twice.
        false,
      );
    },
    pause: template('pause', options.pauseEndpoint),
    resume: template('resume', options.resumeEndpoint),
  };
}
