// The request context both Chatlayer clients (the v1 API, the Analytics API) build from their options: the
// token (refused when missing), the transport, the clock, the retry policy and the rate limiter.
import { realSleep } from '../../http/sleep';
import { ChatlayerError } from './chatlayer-error';
import type { ChatlayerFetch, RequestContext } from './chatlayer-request';
import { RateLimiter, type Sleep } from './rate-limiter';
import { DEFAULT_RETRY_POLICY } from './retry-policy';

/** What a client's options say about the transport; the rest of each client's options is its own. */
export interface TransportOptions {
  token: string;
  fetch: ChatlayerFetch;
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
  log?: (line: string) => void;
  maxTries?: number;
  maxWaitMs?: number;
  baseDelayMs?: number;
  limiter?: RateLimiter;
}

/** The context of a client of `target`; a missing token is a `chatlayer-config` error saying where to get one. */
export function requestContext(
  options: TransportOptions,
  target: { baseUrl: string; label: string },
): RequestContext {
  if (!options.token?.trim())
    throw new ChatlayerError(
      'chatlayer-config',
      'No Chatlayer access token: create a token in Settings › Access tokens.',
    );
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? realSleep;
  return {
    ...target,
    token: options.token.trim(),
    fetch: options.fetch,
    now,
    sleep,
    random: options.random ?? Math.random,
    limiter: options.limiter ?? new RateLimiter(now, sleep),
    policy: {
      maxTries: Math.max(1, options.maxTries ?? DEFAULT_RETRY_POLICY.maxTries),
      maxWaitMs: options.maxWaitMs ?? DEFAULT_RETRY_POLICY.maxWaitMs,
      baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    },
    ...(options.log ? { log: options.log } : {}),
  };
}
