// One sandbox worker as the host sees it: starts it, routes its fetches to the run's CodeRunHost, and
// reports how each run ended, or that the worker died.
import { Worker } from 'node:worker_threads';
import { HTTP_METHODS, type HttpMethod } from '../model';
import type { CodeRunHost } from '../sandbox/code-runner';
import type {
  HostToWorker,
  SandboxOutcome,
  SandboxRunSpec,
  SandboxStats,
  WorkerToHost,
} from '../sandbox/sandbox-protocol';
import {
  REALM_BUILDING,
  REALM_CREDIT_MS,
  REALM_CREDIT_RUN,
  REALM_WATCH_INTS,
  type SandboxWorkerData,
} from './sandbox-worker-data';

export interface ThreadOptions {
  script: URL;
  maxStackBytes: number;
  recycleHeapBytes: number;
  /** V8 heap bound of the worker itself (its copies of strings, logs, messages). */
  workerHeapMb: number;
  /** The pool's mask of the shared realms its blocks have used (SandboxWorkerData.realmsWanted). */
  realmsWanted: SharedArrayBuffer;
}

/** Where a run stands with the shared realms made inside it (not charged to its time limit). */
export interface RealmWait {
  /** A realm is being made for this run now. */
  building: boolean;
  /** Milliseconds this run has waited for realms made inside it so far. */
  creditMs: number;
}

/** Why a worker stopped without answering. */
export type ThreadExit =
  { kind: 'out-of-memory' } | { kind: 'crashed'; message: string } | { kind: 'terminated' };

interface ActiveRun {
  id: number;
  host: CodeRunHost;
  done: (outcome: SandboxOutcome) => void;
  exited: (exit: ThreadExit) => void;
}

export class SandboxThread {
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly abortFlag = new Int32Array(new SharedArrayBuffer(4));
  private readonly runsSent = new Int32Array(new SharedArrayBuffer(4));
  private readonly realmWatch = new Int32Array(new SharedArrayBuffer(4 * REALM_WATCH_INTS));
  private runSeq = 0;
  private active: ActiveRun | null = null;
  private statsWaiters: ((stats: SandboxStats) => void)[] = [];
  private exitListener: ((exit: ThreadExit) => void) | null = null;
  private exited: ThreadExit | null = null;
  private lastError: Error | null = null;

  constructor(options: ThreadOptions) {
    const data: SandboxWorkerData = {
      abortFlag: this.abortFlag.buffer as SharedArrayBuffer,
      runsSent: this.runsSent.buffer as SharedArrayBuffer,
      realmWatch: this.realmWatch.buffer as SharedArrayBuffer,
      realmsWanted: options.realmsWanted,
      maxStackBytes: options.maxStackBytes,
      recycleHeapBytes: options.recycleHeapBytes,
    };
    this.worker = new Worker(options.script, {
      workerData: data,
      resourceLimits: {
        maxOldGenerationSizeMb: options.workerHeapMb,
        maxYoungGenerationSizeMb: 16,
        stackSizeMb: 8,
      },
      stdout: false,
      stderr: false,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.on('message', (message: WorkerToHost) => {
        if (message.t === 'ready') resolve();
        else if (message.t === 'failed') {
          reject(new Error(`The code sandbox could not start: ${message.message}`));
          void this.worker.terminate();
        } else this.onMessage(message);
      });
      this.worker.on('error', (e) => {
        this.lastError = e;
        reject(new Error(`The code sandbox could not start: ${e.message}`));
      });
      this.worker.on('exit', () => {
        const e = this.lastError as (Error & { code?: string }) | null;
        this.exited ??=
          e?.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { kind: 'out-of-memory' }
            : e
              ? { kind: 'crashed', message: e.message }
              : { kind: 'terminated' };
        reject(new Error('The code sandbox stopped while starting'));
        const active = this.active;
        this.active = null;
        active?.exited(this.exited);
        this.exitListener?.(this.exited);
      });
    });
    this.ready.catch(() => undefined);
  }

  get alive(): boolean {
    return this.exited === null;
  }

  /** Starts a run; `done` gets the worker's outcome, `exited` hears if the worker dies first. Returns the run id. */
  start(
    spec: SandboxRunSpec,
    host: CodeRunHost,
    done: (outcome: SandboxOutcome) => void,
    exited: (exit: ThreadExit) => void,
  ): number {
    const id = ++this.runSeq;
    this.active = { id, host, done, exited };
    this.send({ t: 'run', id, spec });
    // Wakes a worker that is listening for the next block of a turn (sandbox-worker.ts, idle work).
    Atomics.store(this.runsSent, 0, id);
    Atomics.notify(this.runsSent, 0);
    return id;
  }

  /** Asks the run to stop: QuickJS's interrupt handler sees the flag even inside a tight loop. */
  abort(id: number): void {
    Atomics.store(this.abortFlag, 0, id);
    this.send({ t: 'abort', id });
  }

  /** Read by the run's deadline (shared memory, so it is current even while the worker is busy). */
  realmWait(runId: number): RealmWait {
    return {
      building: Atomics.load(this.realmWatch, REALM_BUILDING) === runId,
      creditMs:
        Atomics.load(this.realmWatch, REALM_CREDIT_RUN) === runId
          ? Atomics.load(this.realmWatch, REALM_CREDIT_MS)
          : 0,
    };
  }

  /** Called once when the worker stops for any reason (the pool's listener). */
  onExit(listener: (exit: ThreadExit) => void): void {
    this.exitListener = listener;
    if (this.exited) listener(this.exited);
  }

  stats(): Promise<SandboxStats> {
    return new Promise((resolve) => {
      this.statsWaiters.push(resolve);
      this.send({ t: 'stats' });
    });
  }

  terminate(): void {
    this.exited ??= { kind: 'terminated' };
    void this.worker.terminate();
  }

  private send(message: HostToWorker): void {
    if (this.exited) return;
    this.worker.postMessage(message);
  }

  private onMessage(message: WorkerToHost): void {
    switch (message.t) {
      case 'done': {
        const active = this.active;
        if (!active || active.id !== message.id) return;
        this.active = null;
        active.done(message.outcome);
        break;
      }
      case 'fetch': {
        const active = this.active;
        if (!active || active.id !== message.id) return;
        const { request } = message;
        const answer = (reply: HostToWorker) => {
          if (this.active?.id === message.id) this.send(reply);
        };
        if (!(HTTP_METHODS as readonly string[]).includes(request.method)) {
          answer({
            t: 'fetch-done',
            id: message.id,
            fid: message.fid,
            ok: false,
            message: `method ${request.method} is not supported (${HTTP_METHODS.join(', ')})`,
          });
          return;
        }
        active.host
          .fetch({
            method: request.method as HttpMethod,
            url: request.url,
            headers: request.headers,
            ...(request.body !== undefined ? { body: request.body } : {}),
            timeoutMs: request.timeoutMs,
          })
          .then(
            (res) =>
              answer({
                t: 'fetch-done',
                id: message.id,
                fid: message.fid,
                ok: true,
                status: res.status,
                headers: res.headers,
                bodyText: res.bodyText,
              }),
            (e: unknown) =>
              answer({
                t: 'fetch-done',
                id: message.id,
                fid: message.fid,
                ok: false,
                message: e instanceof Error ? e.message : String(e),
              }),
          );
        break;
      }
      case 'stats':
        this.statsWaiters.shift()?.(message.stats);
        break;
    }
  }
}
