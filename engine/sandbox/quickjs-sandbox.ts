// Runs code blocks in QuickJS (docs/file-format.md#code-block, docs/architecture.md#the-sandbox): one shared runtime, a fresh context per run,
// a few prepared ahead of time (prelude installed, shims compiled) so that a run pays only for compiling
// and running its code.
// Pure TypeScript: the worker (engine/node/sandbox-worker.ts) gives it the QuickJS module and the door to the host.
import type {
  QuickJSContext,
  QuickJSDeferredPromise,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from 'quickjs-emscripten';
import { safeJsonReviver, type Json } from '../model';
import type { CodeError } from './code-runner';
import { USER_FILE, classifyException, memoryError, outputTooLarge, timeoutError } from './code-error';
import { SharedRealms, type RealmBuildListener } from './shared-realm';
import { runHostCall } from './host-calls';
import type { CompatSources } from './shims/compat';
import { lazyShims, preludeSource, warmOrder, wrapUserCode } from './shims/prelude';
import { SandboxRun } from './sandbox-run';
import type {
  SandboxFetchRequest,
  SandboxOutcome,
  SandboxRunSpec,
  SandboxStats,
  SharedRealmName,
} from './sandbox-protocol';

const MiB = 1024 * 1024;
/** The heap a warm worker has before any code runs, and the growth step tolerated past a run's limit. */
const HEAP_BASELINE = 16 * MiB;
const HEAP_SLACK = 8 * MiB;
/**
 * Contexts kept prepared in idle time: the code blocks of one turn run back to back, with no idle time
 * between them, and each finds one ready (a context costs ~0.25 ms to make and some 100 KB to keep).
 */
const PREPARED_CONTEXTS = 3;

export interface SandboxBridge extends RealmBuildListener {
  /** Sends a request to the host; the answer comes back through `fetchDone`. */
  fetch(runId: number, fid: number, request: SandboxFetchRequest): void;
  /** lodash's source (read once, on first use). */
  lodashSource(): string;
  /** The sources of the compat realm's packages (read once, on first use). */
  compatSources(): CompatSources;
  /** True when the host asked to abort this run (read from shared memory, so it works mid-loop). */
  abortRequested(runId: number): boolean;
  /** Size of the WebAssembly heap, when known. */
  wasmHeapBytes(): number;
}

export interface QuickJsSandboxOptions {
  /** QuickJS stack limit; deep recursion past it fails with `code-stack`. */
  maxStackBytes: number;
  /** The worker asks to be replaced once its WebAssembly heap has grown past this. */
  recycleHeapBytes: number;
}

interface Prepared {
  ctx: QuickJSContext;
  fireTimer: QuickJSHandle;
  /** How many of `warmOrder`'s shims are compiled into it (the others compile on first use). */
  warmed: number;
}

export class QuickJsSandbox {
  private readonly runtime: QuickJSRuntime;
  /** Oldest (and warmest) first. */
  private readonly prepared: Prepared[] = [];
  private current: {
    run: SandboxRun;
    ctx: QuickJSContext;
    deferreds: Map<number, QuickJSDeferredPromise>;
    heapLimit: number;
    /** The run's own `_.uniqueId` counter. */
    uniqueIds: number;
  } | null = null;
  private draining = false;
  private runs = 0;
  /** The contexts lodash and the compat globals were evaluated and frozen in, once per runtime (shared-realm.ts). */
  private readonly realms: SharedRealms;

  constructor(
    private readonly quickjs: QuickJSWASMModule,
    private readonly bridge: SandboxBridge,
    private readonly options: QuickJsSandboxOptions,
  ) {
    this.runtime = quickjs.newRuntime();
    this.runtime.setMaxStackSize(options.maxStackBytes);
    this.runtime.setInterruptHandler(() => this.shouldInterrupt());
    this.realms = new SharedRealms(this.runtime, bridge, () => this.current);
  }

  /**
   * One step of idle work, off the critical path of runs: prepares a context while fewer than
   * PREPARED_CONTEXTS are ready, else compiles one lazy shim into the oldest context that lacks some. The
   * worker calls it in steps, so a run that arrives meanwhile waits for one step at most. Returns whether
   * idle work is left.
   */
  idleStep(): boolean {
    // Never while a run is in flight: the memory limit is the run's, and the interrupt handler its own.
    if (this.current) return false;
    if (this.prepared.length < PREPARED_CONTEXTS) {
      this.prepared.push(this.newContext());
      return true;
    }
    const cold = this.prepared.find((p) => p.warmed < warmOrder.length);
    if (cold) {
      const touched = cold.ctx.evalCode(`${warmOrder[cold.warmed++]}; undefined`, 'warm.js');
      (touched.error ?? touched.value).dispose();
      return true;
    }
    return false;
  }

  /**
   * Makes one of the `wanted` shared realms ahead of the first block that uses it (once per runtime, some
   * tens of milliseconds each). The worker calls it before saying it is ready, for the realms the pool's
   * blocks have used; the others are made by the first block that reads them (not charged to its limit,
   * shared-realm.ts), as a realm costs every later run some garbage collection: QuickJS walks all its
   * objects on every collection, and the warm block's p95 doubled with both made up front
   * (bench/RESULTS.md). Returns false when there is nothing (left) to do.
   */
  prepareShared(wanted: readonly SharedRealmName[]): boolean {
    return this.current === null && this.realms.prepareNext(wanted);
  }

  private newContext(): Prepared {
    this.runtime.setMemoryLimit(-1);
    const ctx = this.runtime.newContext();
    const host = ctx.newFunction('host', (...args) => this.hostCall(ctx, args));
    const prelude = ctx.unwrapResult(ctx.evalCode(preludeSource, 'prelude.js'));
    const fireTimer = ctx.unwrapResult(ctx.callFunction(prelude, ctx.undefined, host));
    prelude.dispose();
    host.dispose();
    return { ctx, fireTimer, warmed: 0 };
  }

  async run(id: number, spec: SandboxRunSpec): Promise<SandboxOutcome> {
    const { ctx, fireTimer } = this.prepared.shift() ?? this.newContext();
    const run = new SandboxRun(id, spec);
    const deferreds = new Map<number, QuickJSDeferredPromise>();
    // Some allocations escape QuickJS's malloc limit (they grew the heap to 2 GiB under a 32 MiB limit when
    // tried): the interrupt handler also stops a run whose WebAssembly heap grows past its limit.
    const heapLimit =
      Math.max(this.bridge.wasmHeapBytes(), spec.memoryLimitMb * MiB + HEAP_BASELINE) + HEAP_SLACK;
    this.current = { run, ctx, deferreds, heapLimit, uniqueIds: 0 };
    // QuickJS takes a 32-bit size: 4096 MiB would wrap to 0 (every allocation failing); the WebAssembly
    // heap cannot pass 4 GiB anyway, so the schema's maximum is applied as 4095 MiB.
    this.runtime.setMemoryLimit(Math.min(spec.memoryLimitMb, 4095) * MiB);
    let result: { error: CodeError; aborted?: boolean } | { ok: true };
    let broken = false;
    try {
      result = await this.drive(run, ctx, fireTimer);
    } catch (e) {
      // A failure of the WebAssembly machine itself (e.g. after an allocation failure): this runtime is done.
      broken = true;
      result = {
        error: {
          kind: 'code-threw',
          name: 'InternalError',
          message: `The sandbox failed: ${e instanceof Error ? e.message : String(e)}`,
        },
      };
    }
    this.current = null;
    run.close();
    broken = this.release(ctx, fireTimer, deferreds) || broken;
    this.runs++;
    const failedMemory = 'error' in result && result.error.kind === 'code-memory';
    const recycle = broken || failedMemory || this.bridge.wasmHeapBytes() > this.options.recycleHeapBytes;
    const virtualMs = spec.virtualTime ? run.elapsed() : 0;
    if ('error' in result)
      return {
        ok: false,
        error: result.error,
        logs: run.logs,
        virtualMs,
        recycle,
        ...(result.aborted ? { aborted: true } : {}),
      };
    if (run.responseTooLarge !== null)
      return { ok: false, error: outputTooLarge(run.responseTooLarge), logs: run.logs, virtualMs, recycle };
    let response: Json | null = null;
    if (run.response !== null) response = JSON.parse(run.response, safeJsonReviver) as Json;
    return { ok: true, response, logs: run.logs, virtualMs, recycle };
  }

  /** The run's event loop: compile, then run jobs, timers and fetch answers until the code is done. */
  private async drive(
    run: SandboxRun,
    ctx: QuickJSContext,
    fireTimer: QuickJSHandle,
  ): Promise<{ error: CodeError; aborted?: boolean } | { ok: true }> {
    const limits = run.spec;
    const failure = (handle: QuickJSHandle, compiling = false) => {
      const stop = this.stopReason(run);
      if (stop) {
        handle.dispose();
        return stop;
      }
      let dumped: unknown;
      try {
        dumped = ctx.dump(handle);
      } catch {
        dumped = { name: 'Error', message: 'an error that could not be read' };
      }
      handle.dispose();
      return { error: classifyException(dumped, limits, compiling) };
    };
    const evaluated = ctx.evalCode(wrapUserCode(run.spec.code, run.spec.args), USER_FILE);
    if (evaluated.error) return failure(evaluated.error, true);
    const promise = evaluated.value;
    try {
      for (;;) {
        const jobs = this.runtime.executePendingJobs();
        if (jobs.error) return failure(jobs.error);
        const stop = this.stopReason(run);
        if (stop) return stop;
        const state = ctx.getPromiseState(promise);
        if (state.type === 'rejected') return failure(state.error);
        if (state.type === 'fulfilled') {
          if (!state.notAPromise) state.value.dispose();
          if (run.response !== null || !run.hasPendingWork()) return { ok: true };
        } else if (!run.hasPendingWork()) {
          return { error: timeoutError(limits.timeoutMs, 'waits for a promise that never settles') };
        }
        const next = await run.next(() => this.bridge.abortRequested(run.id));
        if (next === 'timeout') return { error: timeoutError(limits.timeoutMs) };
        if (next === 'abort') return { error: abortedError(), aborted: true };
        if (next.kind === 'timer') {
          const idHandle = ctx.newNumber(next.id);
          const fired = ctx.callFunction(fireTimer, ctx.undefined, idHandle);
          idHandle.dispose();
          if (fired.error) return failure(fired.error);
          fired.value.dispose();
        } else {
          const deferred = this.current?.deferreds.get(next.fid);
          this.current?.deferreds.delete(next.fid);
          if (!deferred) continue;
          if (next.ok) {
            const body = ctx.newString(next.json);
            deferred.resolve(body);
            body.dispose();
          } else {
            const error = ctx.newError({ name: 'TypeError', message: `fetch failed: ${next.message}` });
            deferred.reject(error);
            error.dispose();
          }
          deferred.dispose();
        }
      }
    } finally {
      promise.dispose();
    }
  }

  private stopReason(run: SandboxRun): { error: CodeError; aborted?: boolean } | null {
    if (run.stopped === 'timeout') return { error: timeoutError(run.spec.timeoutMs) };
    if (run.stopped === 'abort') return { error: abortedError(), aborted: true };
    if (run.stopped === 'memory') return { error: memoryError(run.spec.memoryLimitMb) };
    return null;
  }

  private shouldInterrupt(): boolean {
    if (this.draining) return true;
    if (this.realms.building) return false;
    const current = this.current;
    if (!current) return false;
    const run = current.run;
    if (run.stopped) return true;
    if (performance.now() > run.deadline) run.stopped = 'timeout';
    else if (this.bridge.abortRequested(run.id)) run.stopped = 'abort';
    else if (this.bridge.wasmHeapBytes() > current.heapLimit) run.stopped = 'memory';
    return run.stopped !== null;
  }

  /** The prelude's single door to the worker: `host(op, …args)`. */
  private hostCall(ctx: QuickJSContext, args: QuickJSHandle[]): QuickJSHandle | undefined {
    if (ctx === this.current?.ctx || this.prepared.some((p) => p.ctx === ctx)) {
      const op = ctx.getString(args[0]!);
      if (op === 'shim') {
        const source = lazyShims[ctx.getString(args[1]!)];
        if (source === undefined) throw new Error('unknown shim');
        return ctx.unwrapResult(ctx.evalCode(source, 'shim.js'));
      }
    }
    const current = this.current;
    if (!current || current.ctx !== ctx) throw new Error('this sandbox context has finished');
    return runHostCall(ctx, args, current, this.bridge, this.realms);
  }

  /** A fetch answer from the host, for the run in progress. */
  fetchDone(
    runId: number,
    fid: number,
    answer:
      | { ok: true; status: number; statusText?: string; headers: Record<string, string>; bodyText: string }
      | { ok: false; message: string },
  ): void {
    const run = this.current?.run;
    if (!run || run.id !== runId) return;
    if (answer.ok)
      run.push({
        kind: 'fetch',
        fid,
        ok: true,
        json: JSON.stringify({
          status: answer.status,
          statusText: answer.statusText ?? '',
          headers: answer.headers,
          bodyText: answer.bodyText,
        }),
      });
    else run.push({ kind: 'fetch', fid, ok: false, message: answer.message });
  }

  /** Wakes the run in progress so that it notices an abort while waiting. */
  poke(runId: number): void {
    if (this.current?.run.id === runId) this.current.run.poke();
  }

  /**
   * Disposes everything of a finished run. Jobs it left queued are run with every interrupt on, so they end
   * at once. Returns true when the runtime could not be brought back to a clean state.
   */
  private release(
    ctx: QuickJSContext,
    fireTimer: QuickJSHandle,
    deferreds: Map<number, QuickJSDeferredPromise>,
  ): boolean {
    try {
      for (const deferred of deferreds.values()) deferred.dispose();
      fireTimer.dispose();
      this.draining = true;
      for (let round = 0; round < 1_000 && this.runtime.hasPendingJob(); round++) {
        const r = this.runtime.executePendingJobs();
        if (r.error) r.error.dispose();
      }
      const stuck = this.runtime.hasPendingJob();
      ctx.dispose();
      return stuck;
    } catch {
      return true;
    } finally {
      this.draining = false;
    }
  }

  stats(): SandboxStats {
    const dump = this.runtime.dumpMemoryUsage();
    const figure = (label: string, column: 1 | 2) =>
      Number(new RegExp(`^${label}\\s+(\\d+)\\s+(\\d+)`, 'm').exec(dump)?.[column] ?? NaN);
    return {
      quickjsMallocBytes: figure('memory used', 2),
      quickjsObjects: figure('objects', 1),
      wasmHeapBytes: this.bridge.wasmHeapBytes(),
      runs: this.runs,
      preparedContexts: this.prepared.length,
      sharedRealmsMade: this.realms.made,
    };
  }
}

function abortedError(): CodeError {
  return { kind: 'code-timeout', name: 'Aborted', message: 'The run was aborted' };
}
