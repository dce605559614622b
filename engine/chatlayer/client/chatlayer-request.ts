// One Chatlayer call end to end: the rate limiter's turn, the bearer token, retries by the retry policy,
// clear errors (401/403 as one sentence, unexpected answers with endpoint and JSON path), a log line per
// try, and the token scrubbed from everything that leaves this module.
import type { z } from 'zod';
import { zodIssuePath } from '../../model';
import { ChatlayerError } from './chatlayer-error';
import { scrubSecret } from './chatlayer-error';
import type { RateLimiter, Sleep } from './rate-limiter';
import { parseReset } from './rate-limiter';
import {
  backoffMs,
  failedBeforeSending,
  isRetryable,
  retryAfterToEpochMs,
  type RetryPolicy,
} from './retry-policy';

/** The part of the Fetch API the client uses (globalThis.fetch fits). */
export type ChatlayerFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface ChatlayerCall<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path from the base URL, starting with `/v1`, already encoded. */
  path: string;
  /** The call as a template for messages, e.g. `GET /v1/bots/{botId}`. */
  endpoint: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Whether repeating the call cannot act twice: only then are 5xx and network errors retried. */
  idempotent: boolean;
  /** The answer's schema; without one the body is ignored. */
  answer?: z.ZodType<T>;
  signal?: AbortSignal;
}

export interface RequestContext {
  baseUrl: string;
  /** "region EU" or the custom host, for messages. */
  label: string;
  token: string;
  fetch: ChatlayerFetch;
  now: () => number;
  sleep: Sleep;
  random: () => number;
  limiter: RateLimiter;
  policy: RetryPolicy;
  log?: (line: string) => void;
}

interface Failure {
  error: ChatlayerError;
  status?: number;
  network?: boolean;
  /** A network failure before the request left (connection refused, unknown host). */
  notSent?: boolean;
  /** Epoch ms before which no retry may start (429). */
  notBefore?: number;
}

const isAbort = (e: unknown, signal?: AbortSignal) =>
  signal?.aborted === true || (e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError'));

function aborted(endpoint: string): ChatlayerError {
  return new ChatlayerError('chatlayer-aborted', `${endpoint} was cancelled.`, undefined, { endpoint });
}

function urlOf(ctx: RequestContext, call: ChatlayerCall<unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) params.set(k, String(v));
  const q = params.toString();
  return `${ctx.baseUrl}${call.path}${q ? `?${q}` : ''}`;
}

/** Performs a call; resolves to the validated answer or rejects with a ChatlayerError. */
export async function performCall<T>(ctx: RequestContext, call: ChatlayerCall<T>): Promise<T> {
  const { policy } = ctx;
  const scrub = (text: string) => scrubSecret(text, ctx.token);
  for (let attempt = 1; ; attempt++) {
    if (call.signal?.aborted) throw aborted(call.endpoint);
    const outcome = await tryOnce(ctx, call, attempt);
    if (outcome.ok) return outcome.value;
    const failure = outcome.failure;
    const retryable = isRetryable(failure, call.idempotent);
    if (!retryable) throw call.idempotent ? failure.error : notRepeated(failure, call, scrub);
    if (attempt >= policy.maxTries)
      throw new ChatlayerError(
        failure.error.code,
        scrub(`${failure.error.message} Gave up after ${attempt} tries.`),
        failure.status,
        { endpoint: call.endpoint },
      );
    const now = ctx.now();
    const required = Math.max(0, (failure.notBefore ?? now) - now);
    if (required > policy.maxWaitMs)
      throw new ChatlayerError(
        'chatlayer-rate-limited',
        `Chatlayer's rate limit asks to wait ${Math.ceil(required / 1000)} s before ${call.endpoint}, more than the ${Math.round(policy.maxWaitMs / 1000)} s this client waits; try again later.`,
        429,
        { endpoint: call.endpoint },
      );
    const wait = Math.min(policy.maxWaitMs, required + backoffMs(policy, attempt, ctx.random));
    ctx.log?.(
      scrub(`  retry ${attempt}/${policy.maxTries - 1} of ${call.method} ${call.path} in ${wait} ms`),
    );
    try {
      await ctx.sleep(wait, call.signal);
    } catch (e) {
      if (isAbort(e, call.signal)) throw aborted(call.endpoint);
      throw e;
    }
  }
}

/**
 * A call that may act twice failed where it may have been processed (a 5xx, or the connection lost after
 * sending): it is not repeated, and the error says so, so nobody resends blindly.
 */
function notRepeated(
  failure: Failure,
  call: ChatlayerCall<unknown>,
  scrub: (text: string) => string,
): ChatlayerError {
  const mayHaveActed = failure.network === true || (failure.status !== undefined && failure.status >= 500);
  if (!mayHaveActed) return failure.error;
  return new ChatlayerError(
    failure.error.code,
    scrub(
      `${failure.error.message} Not sent again: Chatlayer may have processed it already; check the conversation before repeating it.`,
    ),
    failure.status,
    { endpoint: call.endpoint },
  );
}

type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

async function tryOnce<T>(ctx: RequestContext, call: ChatlayerCall<T>, attempt: number): Promise<Outcome<T>> {
  const scrub = (text: string) => scrubSecret(text, ctx.token);
  const where = { endpoint: call.endpoint };
  try {
    await ctx.limiter.acquire(call.signal);
  } catch (e) {
    if (isAbort(e, call.signal)) throw aborted(call.endpoint);
    throw e;
  }
  const started = ctx.now();
  const line = (status: string) =>
    ctx.log?.(
      scrub(
        `${call.method} ${call.path} ${status} ${Math.round(ctx.now() - started)} ms${attempt > 1 ? ` (try ${attempt}/${ctx.policy.maxTries})` : ''}`,
      ),
    );
  const headers: Record<string, string> = {
    authorization: `Bearer ${ctx.token}`,
    accept: 'application/json',
  };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  let response: Awaited<ReturnType<ChatlayerFetch>>;
  let text: string;
  try {
    response = await ctx.fetch(urlOf(ctx, call), {
      method: call.method,
      headers,
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
    });
    text = await response.text();
  } catch (e) {
    ctx.limiter.settle(null);
    if (isAbort(e, call.signal)) {
      line('cancelled');
      throw aborted(call.endpoint);
    }
    line('network error');
    const reason = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    const error = new ChatlayerError(
      'chatlayer-network',
      scrub(`Could not reach Chatlayer at ${ctx.label} (${call.endpoint}): ${reason}.`),
      undefined,
      where,
    );
    return { ok: false, failure: { error, network: true, notSent: failedBeforeSending(e) } };
  }
  ctx.limiter.settle(response.headers);
  const status = response.status;
  line(String(status));
  if (status >= 200 && status < 300) return { ok: true, value: parseAnswer(ctx, call, status, text) };
  return { ok: false, failure: failureOf(ctx, call, status, response.headers, text) };
}

function parseAnswer<T>(ctx: RequestContext, call: ChatlayerCall<T>, status: number, text: string): T {
  if (!call.answer) return undefined as T;
  const where = { endpoint: call.endpoint };
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ChatlayerError(
      'chatlayer-unexpected',
      scrubSecret(
        `Chatlayer answered ${call.endpoint} with something that is not JSON: ${preview(text)}`,
        ctx.token,
      ),
      status,
      where,
    );
  }
  const parsed = call.answer.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const jsonPath = zodIssuePath(issue, '(the whole answer)');
  const more =
    parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more differences)` : '';
  throw new ChatlayerError(
    'chatlayer-unexpected',
    scrubSecret(
      `Chatlayer answered ${call.endpoint} with an unexpected shape at ${jsonPath}: ${issue.message}${more}. The v1 API is not published; this client follows the shapes observed so far.`,
      ctx.token,
    ),
    status,
    { ...where, jsonPath },
  );
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat || '(empty)';
}

function failureOf(
  ctx: RequestContext,
  call: ChatlayerCall<unknown>,
  status: number,
  headers: { get(name: string): string | null },
  text: string,
): Failure {
  const where = { endpoint: call.endpoint };
  const scrub = (s: string) => scrubSecret(s, ctx.token);
  if (status === 401 || status === 403)
    return {
      status,
      error: new ChatlayerError(
        status === 401 ? 'chatlayer-unauthorized' : 'chatlayer-forbidden',
        `The token was refused for ${ctx.label}: create a token in Settings › Access tokens.`,
        status,
        where,
      ),
    };
  if (status === 429) {
    const now = ctx.now();
    const reset = parseReset(headers.get('x-ratelimit-reset'), now)?.at ?? null;
    const retryAfter = retryAfterToEpochMs(headers.get('retry-after'), now);
    const notBefore = Math.max(reset ?? now, retryAfter ?? now);
    ctx.limiter.block(notBefore);
    return {
      status,
      notBefore,
      error: new ChatlayerError(
        'chatlayer-rate-limited',
        `Chatlayer's rate limit was reached (${call.endpoint}).`,
        status,
        where,
      ),
    };
  }
  if (status === 404)
    return {
      status,
      error: new ChatlayerError(
        'chatlayer-not-found',
        scrub(
          `Chatlayer at ${ctx.label} does not know ${call.method} ${call.path} (${call.endpoint}): check the bot id, the conversation id or the channel id.`,
        ),
        status,
        where,
      ),
    };
  if (status >= 500)
    return {
      status,
      error: new ChatlayerError(
        'chatlayer-server',
        scrub(`Chatlayer at ${ctx.label} failed with ${status} on ${call.endpoint}: ${preview(text)}`),
        status,
        where,
      ),
    };
  return {
    status,
    error: new ChatlayerError(
      'chatlayer-bad-request',
      scrub(`Chatlayer refused ${call.endpoint} with ${status}: ${preview(text)}`),
      status,
      where,
    ),
  };
}
