// Paces requests to stay under Chatlayer's rate limit, from the x-ratelimit-* headers of every answer.
// The budget is the last `remaining` minus the requests started since that answer; when it is spent the
// limiter waits for the window's reset. `reset` may be epoch seconds or milliseconds (CHATLAYER.md §8).

export interface RateLimitState {
  limit: number | null;
  remaining: number | null;
  /** Epoch ms at which the window resets. */
  resetAt: number | null;
}

export interface Sleep {
  (ms: number, signal?: AbortSignal): Promise<void>;
}

/** Reads a reset value as epoch ms: above 10^12 it is already ms, otherwise seconds. */
export function resetToEpochMs(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return null;
  if (n > 1e12) return n;
  if (n > 1e9) return n * 1000;
  // A small number is a delta in seconds (some servers send that); never in the past.
  return now + n * 1000;
}

export class RateLimiter {
  #state: RateLimitState = { limit: null, remaining: null, resetAt: null };
  #startedSinceUpdate = 0;
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly now: () => number,
    private readonly sleep: Sleep,
    /** Extra wait after a reset, so that clocks that disagree slightly do not cause a 429. */
    private readonly resetMarginMs = 25,
  ) {}

  get state(): RateLimitState {
    return { ...this.#state };
  }

  /** Waits until a request may start, then counts it. Calls are served in order. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#waitForBudget(signal));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #waitForBudget(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const { remaining, resetAt } = this.#state;
      const now = this.now();
      if (resetAt !== null && now >= resetAt) {
        // A new window: the budget is unknown until the next answer, but the limit applies again.
        this.#state = { ...this.#state, remaining: this.#state.limit, resetAt: null };
        this.#startedSinceUpdate = 0;
        continue;
      }
      if (remaining === null || remaining - this.#startedSinceUpdate > 0) {
        this.#startedSinceUpdate++;
        return;
      }
      const wait = resetAt === null ? 1000 : resetAt - now + this.resetMarginMs;
      await this.sleep(Math.max(1, wait), signal);
      if (resetAt !== null && this.now() >= resetAt) {
        this.#state = { ...this.#state, remaining: this.#state.limit, resetAt: null };
        this.#startedSinceUpdate = 0;
      }
    }
  }

  /** Records the headers of an answer to a request that this limiter let through. */
  update(headers: { get(name: string): string | null }): void {
    const limit = Number(headers.get('x-ratelimit-limit'));
    const remaining = Number(headers.get('x-ratelimit-remaining'));
    const now = this.now();
    const resetAt = resetToEpochMs(headers.get('x-ratelimit-reset'), now);
    if (!Number.isFinite(remaining) || headers.get('x-ratelimit-remaining') === null) {
      this.#startedSinceUpdate = Math.max(0, this.#startedSinceUpdate - 1);
      return;
    }
    const sameWindow = this.#state.resetAt !== null && resetAt !== null && Math.abs(resetAt - this.#state.resetAt) < 1000;
    // Answers arrive out of order: within one window, the lowest remaining is the truth.
    const nextRemaining = sameWindow && this.#state.remaining !== null ? Math.min(this.#state.remaining, remaining) : remaining;
    const answered = sameWindow ? 1 : 0;
    this.#startedSinceUpdate = Math.max(0, this.#startedSinceUpdate - 1 - (sameWindow ? 0 : 0));
    void answered;
    this.#state = {
      limit: Number.isFinite(limit) && headers.get('x-ratelimit-limit') !== null ? limit : this.#state.limit,
      remaining: nextRemaining,
      resetAt: resetAt ?? this.#state.resetAt,
    };
  }

  /** After a 429: nothing may start before `until` (epoch ms). */
  block(until: number): void {
    this.#state = { ...this.#state, remaining: 0, resetAt: Math.max(until, this.#state.resetAt ?? 0) };
    this.#startedSinceUpdate = 0;
  }
}
