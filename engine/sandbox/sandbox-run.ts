// The state of one code-block run inside the worker: its clock (real or virtual), seeded random, timers,
// fetches in flight, captured logs and the response handed to `send()`.
import { seededRandom } from '../runtime/random';
import type { CodeLog } from './code-runner';
import type { SandboxRunSpec } from './sandbox-protocol';

/** Caps that keep a chatty block from flooding the host. */
export const LOG_LIMITS = { entries: 1_000, bytes: 256 * 1024, entryBytes: 16 * 1024 };
/** At most this many timers pending at once in one run. */
export const MAX_TIMERS = 10_000;

export type RunEvent =
  | { kind: 'timer'; id: number }
  | { kind: 'fetch'; fid: number; ok: true; json: string }
  | { kind: 'fetch'; fid: number; ok: false; message: string };

interface Timer {
  due: number;
  seq: number;
  handle?: ReturnType<typeof setTimeout>;
}

export class SandboxRun {
  readonly logs: CodeLog[] = [];
  response: string | null = null;
  /** The length of a `send()` result over MAX_CODE_OUTPUT_CHARS (it is then never copied out). */
  responseTooLarge: number | null = null;
  /** Set when the interrupt handler stopped QuickJS, and why. */
  stopped: 'timeout' | 'abort' | 'memory' | null = null;
  readonly random: () => number;
  readonly startedAt = performance.now();
  /** When the run's time limit ends (real time); moved on by the time a shared realm took to make. */
  #deadline: number;
  private virtualElapsed = 0;
  private logBytes = 0;
  private seq = 0;
  private readonly timers = new Map<number, Timer>();
  readonly fetches = new Set<number>();
  private nextFid = 1;
  private readonly events: RunEvent[] = [];
  private wake: (() => void) | null = null;
  private deadlineTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly id: number,
    readonly spec: SandboxRunSpec,
  ) {
    this.random = seededRandom(spec.seed);
    this.#deadline = this.startedAt + spec.timeoutMs;
  }

  get deadline(): number {
    return this.#deadline;
  }

  /** Gives the run back `ms` of its limit: the time it waited for a shared realm (shared-realm.ts). */
  extendDeadline(ms: number): void {
    this.#deadline += ms;
  }

  /** Conversation time in epoch ms: the given `now` plus the run's elapsed (virtual or real) time. */
  now(): number {
    return this.spec.now + this.elapsed();
  }

  elapsed(): number {
    return this.spec.virtualTime ? this.virtualElapsed : performance.now() - this.startedAt;
  }

  log(level: CodeLog['level'], text: string): void {
    if (this.logs.length >= LOG_LIMITS.entries || this.logBytes >= LOG_LIMITS.bytes) return;
    const clipped =
      text.length > LOG_LIMITS.entryBytes
        ? `${text.slice(0, LOG_LIMITS.entryBytes)}… (${text.length} characters)`
        : text;
    this.logBytes += clipped.length;
    this.logs.push({ level, text: clipped });
    if (this.logs.length >= LOG_LIMITS.entries || this.logBytes >= LOG_LIMITS.bytes)
      this.logs.push({ level: 'warn', text: 'Further console output was dropped (log limit reached)' });
  }

  setTimer(id: number, ms: number): void {
    if (this.timers.size >= MAX_TIMERS)
      throw new RangeError(`Too many pending timers (at most ${MAX_TIMERS})`);
    const timer: Timer = { due: this.elapsed() + ms, seq: this.seq++ };
    if (!this.spec.virtualTime) timer.handle = setTimeout(() => this.push({ kind: 'timer', id }), ms);
    this.timers.set(id, timer);
  }

  clearTimer(id: number): void {
    const timer = this.timers.get(id);
    if (timer?.handle !== undefined) clearTimeout(timer.handle);
    this.timers.delete(id);
  }

  startFetch(): number {
    const fid = this.nextFid++;
    this.fetches.add(fid);
    return fid;
  }

  /** A fetch answer or a real timer arrived. */
  push(event: RunEvent): void {
    if (event.kind === 'fetch' && !this.fetches.delete(event.fid)) return;
    if (event.kind === 'timer' && !this.timers.delete(event.id)) return;
    this.events.push(event);
    this.wake?.();
  }

  hasPendingWork(): boolean {
    return this.timers.size > 0 || this.fetches.size > 0 || this.events.length > 0;
  }

  /**
   * The next thing to do: a due timer or a fetch answer, 'timeout' when the (real or virtual) deadline
   * passes first, or 'abort'. Under virtual time, the earliest timer fires at once (after fetches in flight).
   */
  async next(aborted: () => boolean): Promise<RunEvent | 'timeout' | 'abort'> {
    for (;;) {
      if (aborted()) return 'abort';
      const event = this.events.shift();
      if (event) return event;
      if (this.spec.virtualTime && this.fetches.size === 0) {
        const first = this.earliestTimer();
        if (!first) return 'timeout';
        const [id, timer] = first;
        if (timer.due > this.spec.timeoutMs) return 'timeout';
        this.timers.delete(id);
        this.virtualElapsed = Math.max(this.virtualElapsed, timer.due);
        return { kind: 'timer', id };
      }
      if (performance.now() >= this.deadline) return 'timeout';
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.deadlineTimer = setTimeout(() => resolve(), Math.max(0, this.deadline - performance.now()) + 1);
      });
      this.wake = null;
      clearTimeout(this.deadlineTimer);
    }
  }

  /** Wakes a waiting `next()` (used on abort). */
  poke(): void {
    this.wake?.();
  }

  private earliestTimer(): [number, Timer] | undefined {
    let best: [number, Timer] | undefined;
    for (const entry of this.timers)
      if (!best || entry[1].due < best[1].due || (entry[1].due === best[1].due && entry[1].seq < best[1].seq))
        best = entry;
    return best;
  }

  /** Stops real timers; nothing of this run fires after it ends. */
  close(): void {
    for (const timer of this.timers.values()) if (timer.handle !== undefined) clearTimeout(timer.handle);
    this.timers.clear();
    this.fetches.clear();
    this.events.length = 0;
    clearTimeout(this.deadlineTimer);
  }
}
