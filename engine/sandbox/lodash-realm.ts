// The shared lodash of one QuickJS runtime: evaluated once into a context of its own and frozen
// (shims/lodash.ts), so a code block that reads `_` pays no evaluation and cannot change what later
// blocks see. Its clock, random numbers, `_.uniqueId` and global object are the run in progress's.
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten';
import { clockShim } from './shims/clock';
import { lodashRealmSource } from './shims/lodash';
import type { SandboxRun } from './sandbox-run';

const MiB = 1024 * 1024;

/** What the realm needs of the run in progress. */
export interface LodashRunView {
  run: SandboxRun;
  ctx: QuickJSContext;
  /** The run's own `_.uniqueId` counter. */
  uniqueIds: number;
}

export class LodashRealmMaker {
  #realm: { ctx: QuickJSContext; lodash: QuickJSHandle } | null = null;
  /** While the realm is made, a run's limits do not apply (it is made once, for every later run). */
  building = false;

  constructor(
    private readonly runtime: QuickJSRuntime,
    private readonly bridge: { lodashSource(): string },
    private readonly current: () => LodashRunView | null,
  ) {}

  get made(): boolean {
    return this.#realm !== null;
  }

  /** The frozen `_` (a handle owned by the realm: callers `dup()` it). */
  get(): QuickJSHandle {
    this.#realm ??= this.#make();
    return this.#realm.lodash;
  }

  /**
   * Evaluates lodash into a context of its own and freezes it. Made on the first read of `_`, outside the
   * run's memory and time limits (it is the runtime's, not the run's: a run that reads `_` near its
   * deadline times out after it is made); a failure leaves no half-made realm behind.
   */
  #make(): { ctx: QuickJSContext; lodash: QuickJSHandle } {
    const current = this.current();
    const limit = current ? current.run.spec.memoryLimitMb * MiB : -1;
    this.runtime.setMemoryLimit(-1);
    this.building = true;
    const ctx = this.runtime.newContext();
    const host = ctx.newFunction('host', (op) => this.#call(ctx, ctx.getString(op)));
    let make: QuickJSHandle | undefined;
    try {
      make = ctx.unwrapResult(
        ctx.evalCode(lodashRealmSource(this.bridge.lodashSource(), clockShim), 'lodash-realm.js'),
      );
      return { ctx, lodash: ctx.unwrapResult(ctx.callFunction(make, ctx.undefined, host)) };
    } catch (e) {
      make?.dispose();
      host.dispose();
      ctx.dispose();
      throw e;
    } finally {
      if (make?.alive) make.dispose();
      if (host.alive) host.dispose();
      this.building = false;
      this.runtime.setMemoryLimit(limit);
    }
  }

  /** The realm's door to the run in progress. */
  #call(ctx: QuickJSContext, op: string): QuickJSHandle {
    const current = this.current();
    if (!current) throw new Error('lodash is used outside of a code block');
    switch (op) {
      case 'now':
        return ctx.newNumber(current.run.now());
      case 'random':
        return ctx.newNumber(current.run.random());
      case 'uniqueId':
        return ctx.newNumber(++current.uniqueIds);
      case 'global':
        return current.ctx.global.dup();
      default:
        throw new Error(`unknown host call ${op}`);
    }
  }
}
