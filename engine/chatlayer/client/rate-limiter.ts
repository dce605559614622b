// Paces requests to stay under Chatlayer's rate limit, from the x-ratelimit-* headers of every answer.
// The budget of the current window is the lowest `remaining` answered in it minus the requests still in
// flight; when it is spent the limiter waits for the window's reset. `reset` may be epoch seconds or
// milliseconds (docs/chatlayer.md#rate-limits). Before the first answer only one request goes out (a probe), so that a
// burst cannot overrun a limit the client does not know yet.

export interface RateLimitState {
  limit: number | null;
  remaining: number | null;
  /** Epoch ms at which the current window resets. */
  resetAt: number | null;
  /** Requests started and not yet answered. */
  inFlight: number;
  /** Epoch ms before which nothing may start (after a 429), or 0. */
  blockedUntil: number;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The reset of a window as epoch ms; `approximate` when it came as a delta (its value drifts by answer). */
export interface ResetTime {
  at: number;
  approximate: boolean;
}

/**
 * Reads an `x-ratelimit-reset` value: above 10^12 it is epoch ms, above 10^9 epoch seconds, and a small
 * number is a delta in seconds (some servers send that). Null when absent or not a number.
 */
export function parseReset(value: string | null | undefined, now: number): ResetTime | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return null;
  if (n > 1e12) return { at: n, approximate: false };
  if (n > 1e9) return { at: n * 1000, approximate: false };
  return { at: now + n * 1000, approximate: true };
}

/** The reset as epoch ms (see parseReset). */
export function resetToEpochMs(value: string | null | undefined, now: number): number | null {
  return parseReset(value, now)?.at ?? null;
}

export interface HeaderSource {
  get(name: string): string | null;
}

export class RateLimiter {
  #limit: number | null = null;
  #remaining: number | null = null;
  #resetAt: number | null = null;
  #approximate = false;
  /** The latest window end the limiter has moved past: answers of that window or older are stale. */
  #passedResetAt = -Infinity;
  #blockedUntil = 0;
  #inFlight = 0;
  /** Whether answers carry rate-limit headers: null until the first answer. */
  #limited: boolean | null = null;
  #queue: Promise<void> = Promise.resolve();
  #settled: { promise: Promise<void>; resolve: () => void } = RateLimiter.#signal();

  constructor(
    private readonly now: () => number,
    private readonly sleep: Sleep,
    /** Extra wait after a reset, so that clocks that disagree slightly do not cause a 429. */
    private readonly resetMarginMs = 25,
  ) {}

  static #signal(): { promise: Promise<void>; resolve: () => void } {
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  }

  get state(): RateLimitState {
    return {
      limit: this.#limit,
      remaining: this.#remaining,
      resetAt: this.#resetAt,
      inFlight: this.#inFlight,
      blockedUntil: this.#blockedUntil,
    };
  }

  /** Waits until a request may start, then counts it as in flight. Calls are served in order. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#waitForBudget(signal));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #waitForBudget(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.now();
      if (this.#blockedUntil > now) {
        await this.sleep(this.#blockedUntil - now, signal);
        continue;
      }
      if (this.#blockedUntil > 0) {
        // A 429's wait is over: its window is over too, unless the server said the window lasts longer.
        if (this.#resetAt === null || this.#resetAt <= this.#blockedUntil) this.#newWindow();
        this.#blockedUntil = 0;
      }
      if (this.#resetAt !== null && now >= this.#resetAt + this.resetMarginMs) {
        this.#newWindow();
        continue;
      }
      if (this.#limited === false && this.#remaining === null) return this.#start();
      if (this.#remaining === null && this.#limit === null) {
        // Nothing known yet: one probe at a time until an answer tells the limit.
        if (this.#inFlight === 0) return this.#start();
        await this.#nextAnswer(signal);
        continue;
      }
      const remaining = this.#remaining ?? this.#limit!;
      if (remaining - this.#inFlight > 0) return this.#start();
      if (this.#resetAt !== null)
        await this.sleep(Math.max(1, this.#resetAt + this.resetMarginMs - now), signal);
      else if (this.#inFlight > 0) await this.#nextAnswer(signal);
      else await this.sleep(1000, signal);
    }
  }

  #start(): void {
    this.#inFlight++;
  }

  #newWindow(): void {
    if (this.#resetAt !== null) this.#passedResetAt = Math.max(this.#passedResetAt, this.#resetAt);
    // The new window's budget is the limit until an answer tells better (null: unknown, probe first).
    this.#remaining = this.#limit;
    this.#resetAt = null;
  }

  #nextAnswer(signal?: AbortSignal): Promise<void> {
    const answered = this.#settled.promise;
    if (!signal) return answered;
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      void answered.then(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  /**
   * A request this limiter let through has ended: with the answer's headers, or null when no answer came
   * (network error, abort).
   */
  settle(headers: HeaderSource | null): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (headers) this.#record(headers);
    const done = this.#settled;
    this.#settled = RateLimiter.#signal();
    done.resolve();
  }

  #record(headers: HeaderSource): void {
    const limitText = headers.get('x-ratelimit-limit');
    const remainingText = headers.get('x-ratelimit-remaining');
    const remaining = remainingText === null ? NaN : Number(remainingText);
    if (!Number.isFinite(remaining)) {
      if (this.#limited === null) this.#limited = false;
      return;
    }
    this.#limited = true;
    const limit = limitText === null ? NaN : Number(limitText);
    if (Number.isFinite(limit) && limit > 0) this.#limit = limit;
    const reset = parseReset(headers.get('x-ratelimit-reset'), this.now());
    if (!reset) {
      this.#remaining = this.#remaining === null ? remaining : Math.min(this.#remaining, remaining);
      return;
    }
    const tolerance = reset.approximate || this.#approximate ? 1000 : 1;
    if (reset.at <= this.#passedResetAt + tolerance) return; // a late answer of a window already over
    if (this.#resetAt === null || reset.at > this.#resetAt + tolerance) {
      this.#resetAt = reset.at;
      this.#approximate = reset.approximate;
      this.#remaining = remaining;
    } else if (reset.at >= this.#resetAt - tolerance) {
      // Answers arrive out of order: within one window, the lowest remaining is the truth.
      this.#remaining = Math.min(this.#remaining ?? remaining, remaining);
    }
  }

  /** After a 429: nothing may start before `until` (epoch ms). */
  block(until: number): void {
    this.#blockedUntil = Math.max(this.#blockedUntil, until);
    this.#remaining = 0;
  }
}
