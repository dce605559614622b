// When a failed request may be tried again, and how long to wait first: exponential backoff with full
// jitter (delay = random() × min(cap, base × 2^attempt)), a 429 never retried before its reset or
// Retry-After, and nothing that could act twice repeated after a 5xx or a network error, unless the
// request provably never reached the server (the connection was refused or the host not found).

export interface RetryPolicy {
  /** Tries in all, the first included (default 5). */
  maxTries: number;
  /** Longest single wait (default 60 s); a 429 asking for longer fails instead. */
  maxWaitMs: number;
  /** Backoff base: the cap of the first retry's jitter (default 250 ms). */
  baseDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxTries: 5, maxWaitMs: 60_000, baseDelayMs: 250 };

/** Full jitter for the retry after try `attempt` (1 for the first retry). */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxWaitMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` as epoch ms: delta seconds (fractions accepted) or an HTTP date. Null when absent or
 * unreadable.
 */
export function retryAfterToEpochMs(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds < 0 ? null : now + seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? date : null;
}

/** Socket errors raised before a byte of the request left: nothing can have been processed. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * Whether a fetch failure provably happened before the request was sent: its cause (or every error of
 * an AggregateError cause, one per address tried) has a connect-phase code. A reset, a timeout or an
 * unknown failure may come after the server read the request, so they do not count.
 */
export function failedBeforeSending(error: unknown): boolean {
  const codeOf = (e: unknown) =>
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof AggregateError && cause.errors.length > 0)
    return cause.errors.every((e) => NOT_SENT_CODES.has(codeOf(e)));
  return NOT_SENT_CODES.has(codeOf(cause)) || NOT_SENT_CODES.has(codeOf(error));
}

/**
 * Whether a failure may be retried: a 429 was not processed, nor a request that never left
 * (`notSent`); other network errors and 5xx only when repeating the call cannot act twice.
 */
export function isRetryable(
  failure: { status?: number; network?: boolean; notSent?: boolean },
  idempotent: boolean,
): boolean {
  if (failure.status === 429) return true;
  if (failure.network && failure.notSent) return true;
  if (failure.network || (failure.status !== undefined && failure.status >= 500)) return idempotent;
  return false;
}
