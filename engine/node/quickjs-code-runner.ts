// The CodeRunner port (engine/sandbox/code-runner.ts) on QuickJS in worker threads: a small pool with a warm
// worker ready, wall-clock deadlines enforced by terminating the worker (interrupts alone do not stop code
// stuck in a builtin), a memory watchdog, aborts, and a replacement started whenever a worker is killed.
import type {
  CodeError,
  CodeRunHost,
  CodeRunner,
  CodeRunRequest,
  CodeRunResult,
} from '../sandbox/code-runner';
import { memoryError, timeoutError } from '../sandbox/code-error';
import type { SandboxOutcome, SandboxRunSpec, SandboxStats } from '../sandbox/sandbox-protocol';
import { MemoryWatchdog } from './memory-watchdog';
import { SandboxThread, type ThreadExit } from './sandbox-thread';
import { locateSandboxWorker } from './worker-script';
import { armRunDeadline } from './run-deadline';

const MiB = 1024 * 1024;
const WORKER_START_BYTES = 40 * MiB;

export interface QuickJsCodeRunnerOptions {
  /** Most code blocks running at once, one worker each (default 2). */
  maxWorkers?: number;
  /** How long past `timeoutMs` a worker may run before it is terminated (default 100 ms). */
  killGraceMs?: number;
  /** QuickJS stack limit in bytes (default 1 MiB). */
  maxStackBytes?: number;
  /** Extra resident memory a run may add beyond its `memoryLimitMb` before the watchdog stops it (default 48 MiB). */
  memorySlackBytes?: number;
  /** Watchdog sampling period (default 10 ms). */
  memorySampleMs?: number;
  /** A worker whose WebAssembly heap grew past this is replaced after its run (default 96 MiB). */
  recycleHeapBytes?: number;
  /** The worker script; found automatically by default (see worker-script.ts). */
  workerScript?: URL;
}

export interface QuickJsRunnerStats {
  /** Workers started so far (the first, warm ones and every replacement). */
  workersStarted: number;
  /** Workers terminated on a deadline, the watchdog, an abort or after a memory failure. */
  workersKilled: number;
  /** Figures of one idle worker's QuickJS runtime, if any is idle. */
  sandbox: SandboxStats | null;
}

export interface QuickJsCodeRunner extends CodeRunner {
  /** Pool and runtime figures (tests use them to check that nothing leaks). */
  stats(): Promise<QuickJsRunnerStats>;
}

/** A CodeRunner running each code block in QuickJS inside a worker thread. */
export function createQuickJsCodeRunner(options: QuickJsCodeRunnerOptions = {}): QuickJsCodeRunner {
  return new QuickJsRunner(options);
}

class QuickJsRunner implements QuickJsCodeRunner {
  private readonly maxWorkers: number;
  private readonly killGraceMs: number;
  private readonly memorySlack: number;
  private readonly watchdog: MemoryWatchdog;
  private readonly idle: SandboxThread[] = [];
  private readonly threads = new Set<SandboxThread>();
  private readonly waiters: { give: (t: SandboxThread) => void; fail: (e: unknown) => void }[] = [];
  /** Ends a run in flight (used by dispose). */
  private readonly inflight = new Set<(e: Error) => void>();
  private script: URL | null = null;
  private disposed = false;
  private started = 0;
  private starting = 0;
  private killed = 0;
  /** The shared realms this pool's blocks have used, for the workers it starts (SandboxWorkerData). */
  private readonly realmsWanted = new SharedArrayBuffer(4);

  constructor(private readonly options: QuickJsCodeRunnerOptions) {
    this.maxWorkers = Math.max(1, options.maxWorkers ?? 2);
    this.killGraceMs = options.killGraceMs ?? 100;
    this.memorySlack = options.memorySlackBytes ?? 48 * MiB;
    this.watchdog = new MemoryWatchdog(options.memorySampleMs ?? 10);
    try {
      this.spawn();
    } catch {
      // No worker script yet: run() reports it.
    }
  }

  async run(req: CodeRunRequest, host: CodeRunHost): Promise<CodeRunResult> {
    if (this.disposed) throw new Error('This code runner was disposed');
    req.signal?.throwIfAborted();
    const spec: SandboxRunSpec = {
      code: req.code,
      args: req.args,
      timeoutMs: req.timeoutMs,
      memoryLimitMb: req.memoryLimitMb,
      seed: req.seed,
      now: req.now,
      virtualTime: req.virtualTime,
    };
    const thread = await this.acquire(req.signal);
    const started = performance.now();
    return new Promise<CodeRunResult>((resolve, reject) => {
      let settled = false;
      let abortTimer: NodeJS.Timeout | undefined;
      const elapsed = () => Math.round((performance.now() - started) * 1000) / 1000;
      const cleanup = () => {
        this.inflight.delete(abandon);
        cancelDeadline();
        clearTimeout(abortTimer);
        stopWatch();
        req.signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: CodeError) => {
        // Under virtual time a timeout reads as the full limit (as a replay would); anything else took real time.
        if (!settled)
          resolve({
            ok: false,
            error,
            logs: [],
            ms: req.virtualTime && error.kind === 'code-timeout' ? req.timeoutMs : elapsed(),
          });
        settled = true;
      };
      const kill = (error: CodeError) => {
        cleanup();
        this.retire(thread, true);
        fail(error);
      };
      const done = (outcome: SandboxOutcome) => {
        cleanup();
        if (outcome.recycle) this.retire(thread, false);
        else this.release(thread);
        if (settled) return;
        settled = true;
        const ms = req.virtualTime ? outcome.virtualMs : elapsed();
        resolve(
          outcome.ok
            ? { ok: true, response: outcome.response, logs: outcome.logs, ms }
            : { ok: false, error: outcome.error, logs: outcome.logs, ms },
        );
      };
      const onAbort = () => {
        thread.abort(runId);
        if (!settled) reject(req.signal!.reason);
        settled = true;
        // The worker normally stops at its next interrupt check; if it is stuck in a builtin, end it.
        abortTimer = setTimeout(() => kill(timeoutError(req.timeoutMs)), this.killGraceMs);
      };
      const abandon = (e: Error) => {
        cleanup();
        if (!settled) reject(e);
        settled = true;
      };
      this.inflight.add(abandon);
      const stopWatch = this.watchdog.watch(req.memoryLimitMb * MiB + this.memorySlack, () =>
        kill(memoryError(req.memoryLimitMb)),
      );
      const exited = (exit: ThreadExit) => {
        if (exit.kind === 'terminated') return;
        cleanup();
        this.retire(thread, false);
        fail(
          exit.kind === 'out-of-memory'
            ? memoryError(req.memoryLimitMb)
            : {
                kind: 'code-threw',
                name: 'InternalError',
                message: `The code sandbox stopped: ${exit.message}`,
              },
        );
      };
      const cancelDeadline = armRunDeadline(
        req.timeoutMs + this.killGraceMs,
        () => thread.realmWait(runId),
        () => kill(timeoutError(req.timeoutMs)),
      );
      const runId = thread.start(spec, host, done, exited);
      req.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  async stats(): Promise<QuickJsRunnerStats> {
    const thread = this.idle[0];
    return {
      workersStarted: this.started,
      workersKilled: this.killed,
      sandbox: thread ? await thread.stats() : null,
    };
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const waiter of this.waiters.splice(0)) waiter.fail(new Error('This code runner was disposed'));
    for (const abandon of [...this.inflight]) abandon(new Error('This code runner was disposed'));
    for (const thread of this.threads) thread.terminate();
    this.threads.clear();
    this.idle.length = 0;
  }

  private spawn(): SandboxThread {
    this.script ??= this.options.workerScript ?? locateSandboxWorker();
    const thread = new SandboxThread({
      script: this.script,
      maxStackBytes: this.options.maxStackBytes ?? MiB,
      recycleHeapBytes: this.options.recycleHeapBytes ?? 96 * MiB,
      workerHeapMb: 128,
      realmsWanted: this.realmsWanted,
    });
    this.started++;
    // A starting worker adds some 25 MiB of its own: not the running code's doing.
    this.watchdog.allow(WORKER_START_BYTES);
    this.threads.add(thread);
    this.starting++;
    thread.onExit(() => this.forget(thread));
    thread.ready.then(
      () => {
        this.starting--;
        this.release(thread);
      },
      (e: unknown) => {
        this.starting--;
        this.forget(thread);
        // Nobody else will start a worker for the waiters: tell them why.
        if (this.threads.size === 0) for (const waiter of this.waiters.splice(0)) waiter.fail(e);
      },
    );
    return thread;
  }

  private acquire(signal: AbortSignal | undefined): Promise<SandboxThread> {
    const ready = this.idle.pop();
    if (ready) return Promise.resolve(ready);
    return new Promise<SandboxThread>((resolve, reject) => {
      const onAbort = () => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(signal!.reason);
      };
      const waiter = {
        give: (t: SandboxThread) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(t);
        },
        fail: (e: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      this.waiters.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      // Start another worker only for waiters that no starting worker will serve.
      if (this.threads.size < this.maxWorkers && this.waiters.length > this.starting) {
        try {
          this.spawn();
        } catch (e) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.fail(e);
        }
      }
    });
  }

  /** A worker is free again: hand it to the next waiting run, or keep it warm. */
  private release(thread: SandboxThread): void {
    if (this.disposed || !thread.alive) return;
    const waiter = this.waiters.shift();
    if (waiter) waiter.give(thread);
    else this.idle.push(thread);
  }

  /** Ends a worker (killed, or asked to be replaced) and starts a warm replacement. */
  private retire(thread: SandboxThread, killed: boolean): void {
    if (killed) this.killed++;
    thread.terminate();
    this.forget(thread);
    if (
      !this.disposed &&
      this.idle.length + this.starting <= this.waiters.length &&
      this.threads.size < this.maxWorkers
    )
      this.spawn();
  }

  private forget(thread: SandboxThread): void {
    this.threads.delete(thread);
    const i = this.idle.indexOf(thread);
    if (i >= 0) this.idle.splice(i, 1);
  }
}
