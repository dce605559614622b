// A client for Chatlayer's Analytics API (docs/chatlayer.md#traffic): the same request machinery as the v1
// client (rate limiter from x-ratelimit-* headers, retries with backoff, 429s wait, bearer token, clear
// errors, token scrubbed), on the analytics host of the region; a custom base URL (the fake) serves both.
// Every call is a GET that cannot act twice, so 5xx and network errors are retried.
import type { ChatlayerRegion } from '../../model';
import { ChatlayerError } from '../client/chatlayer-error';
import { performCall, type ChatlayerFetch } from '../client/chatlayer-request';
import type { RateLimiter, Sleep } from '../client/rate-limiter';
import { requestContext } from '../client/request-context';
import {
  ANALYTICS_BASE_URLS,
  ANALYTICS_PAGE_LIMIT,
  StepEdgePage,
  type EdgeQuery,
  type EdgeType,
  type StepEdge,
} from './analytics-api';

export interface AnalyticsClientOptions {
  region?: ChatlayerRegion;
  /** A custom base URL (proxy, fake server): wins over `region`. */
  baseUrl?: string;
  token: string;
  botId: string;
  version?: 'DRAFT' | 'LIVE';
  fetch: ChatlayerFetch;
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
  log?: (line: string) => void;
  maxTries?: number;
  maxWaitMs?: number;
  baseDelayMs?: number;
  limiter?: RateLimiter;
  /** Page size asked for (default 100). */
  pageLimit?: number;
}

export interface AnalyticsClient {
  readonly baseUrl: string;
  readonly label: string;
  readonly limiter: RateLimiter;
  /** Every edge of a step, page after page until a short page; `onPage` after each page. */
  stepEdges(
    stepId: string,
    type: EdgeType,
    query: EdgeQuery,
    signal?: AbortSignal,
    onPage?: () => void,
  ): Promise<StepEdge[]>;
}

/** Pages past this many are refused: an answer that never ends is a server bug, not traffic. */
const MAX_PAGES = 1000;

export function createAnalyticsClient(options: AnalyticsClientOptions): AnalyticsClient {
  const url = options.baseUrl
    ? new URL(options.baseUrl).href.replace(/\/+$/, '')
    : ANALYTICS_BASE_URLS[options.region ?? 'eu'];
  const label = options.baseUrl
    ? new URL(options.baseUrl).host
    : `analytics, region ${(options.region ?? 'eu').toUpperCase()}`;
  const ctx = requestContext(options, { baseUrl: url, label });
  const seg = encodeURIComponent;
  const version = options.version ?? 'DRAFT';
  const limit = Math.min(ANALYTICS_PAGE_LIMIT, Math.max(1, options.pageLimit ?? ANALYTICS_PAGE_LIMIT));
  return {
    baseUrl: url,
    label,
    limiter: ctx.limiter,
    async stepEdges(stepId, type, query, signal, onPage) {
      const edges: StepEdge[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const answer = await performCall(ctx, {
          method: 'GET',
          path: `/v1/bots/${seg(options.botId)}/${seg(version)}/flows/${seg(stepId)}/edges`,
          endpoint: 'GET /v1/bots/{botId}/{version}/flows/{stepId}/edges',
          query: {
            type,
            start_time: query.startTime,
            end_time: query.endTime,
            channel_type: query.channelType ?? undefined,
            language: query.language ?? undefined,
            page,
            limit,
          },
          idempotent: true,
          answer: StepEdgePage,
          ...(signal ? { signal } : {}),
        });
        edges.push(...answer.data);
        onPage?.();
        if (answer.data.length < limit) return edges;
      }
      throw new ChatlayerError(
        'chatlayer-unexpected',
        `GET /v1/bots/{botId}/{version}/flows/{stepId}/edges for step ${stepId} gave more than ${MAX_PAGES} full pages: stopped reading. Narrow the date range.`,
      );
    },
  };
}
