// When a failed request may be tried again, and how long to wait first: exponential backoff with full
// jitter (delay = random() × min(cap, base × 2^attempt)), a 429 never retried before its reset or
// Retry-After, and nothing that could act twice repeated after a 5xx or a network error.

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

/** Whether a failure may be retried: a 429 was not processed; 5xx and network errors only if idempotent. */
export function isRetryable(failure: { status?: number; network?: boolean }, idempotent: boolean): boolean {
  if (failure.status === 429) return true;
  if (failure.network || (failure.status !== undefined && failure.status >= 500)) return idempotent;
  return false;
}
