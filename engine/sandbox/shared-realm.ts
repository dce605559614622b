// A shared realm of one QuickJS runtime: a library evaluated once into a context of its own and frozen
// (shims/lodash.ts for lodash, shims/compat.ts for Buffer, URL, Intl and the other Node/web globals), so
// a code block that reads it pays no evaluation and cannot change what later blocks see. Its clock,
// random numbers, `_.uniqueId` and global object are the run in progress's; its Intl and URL calls go to
// the host (host-intl.ts, host-url.ts), which checks every argument.
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten';
import { intlHostCall } from './host-intl';
import { urlHostCall } from './host-url';
import type { SandboxRun } from './sandbox-run';
import type { SharedRealmName } from './sandbox-protocol';
import { clockShim } from './shims/clock';
import { compatRealmSource, type CompatSources } from './shims/compat';
import { lodashRealmSource } from './shims/lodash';

const MiB = 1024 * 1024;

/**
 * Told when a realm is made inside a run (the first block that reads `_` or a compat global), so that the
 * host does not charge the wait to the run's time limit (engine/node/quickjs-code-runner.ts).
 */
export interface RealmBuildListener {
  started(runId: number): void;
  /** The realm is made (or failed) after `ms` of the run's time; called before the run goes on. */
  finished(runId: number, realm: SharedRealmName, ms: number): void;
}

/** What the realm needs of the run in progress. */
export interface RealmRunView {
  run: SandboxRun;
  ctx: QuickJSContext;
  /** The run's own `_.uniqueId` counter. */
  uniqueIds: number;
}

export class SharedRealm {
  #realm: { ctx: QuickJSContext; exports: QuickJSHandle } | null = null;
  /** While the realm is made, a run's limits do not apply (it is made once, for every later run). */
  building = false;

  /**
   * `source()` evaluates to `function (host) { …; return exports }`, whose result is frozen by the source
   * itself (with everything it can reach).
   */
  constructor(
    readonly name: SharedRealmName,
    private readonly runtime: QuickJSRuntime,
    private readonly source: () => string,
    private readonly current: () => RealmRunView | null,
    private readonly listener: RealmBuildListener,
  ) {}

  get made(): boolean {
    return this.#realm !== null;
  }

  /** The frozen exports (a handle owned by the realm: callers `dup()` it). */
  get(): QuickJSHandle {
    this.#realm ??= this.#make();
    return this.#realm.exports;
  }

  /** One property of the frozen exports (a new handle, owned by the caller). */
  getProp(name: string): QuickJSHandle {
    const exports = this.get();
    return this.#realm!.ctx.getProp(exports, name);
  }

  /**
   * Evaluates the source into a context of its own. Made on first use (or before the worker is ready, for
   * the realms the pool's blocks used before), outside the run's memory and time limits: it is the
   * runtime's, not the run's, so the run's deadline moves on by the time it took, and the listener tells
   * the host to do the same. A failure leaves no half-made realm behind.
   */
  #make(): { ctx: QuickJSContext; exports: QuickJSHandle } {
    const current = this.current();
    const limit = current ? current.run.spec.memoryLimitMb * MiB : -1;
    const started = performance.now();
    if (current) this.listener.started(current.run.id);
    this.runtime.setMemoryLimit(-1);
    this.building = true;
    const ctx = this.runtime.newContext();
    const host = ctx.newFunction('host', (op, arg) => this.#call(ctx, ctx.getString(op), arg));
    let make: QuickJSHandle | undefined;
    try {
      make = ctx.unwrapResult(ctx.evalCode(this.source(), `${this.name}-realm.js`));
      return { ctx, exports: ctx.unwrapResult(ctx.callFunction(make, ctx.undefined, host)) };
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
      if (current) {
        const ms = performance.now() - started;
        current.run.extendDeadline(ms);
        this.listener.finished(current.run.id, this.name, ms);
      }
    }
  }

  /** The realm's door to the run in progress and to the host's Intl and URL. */
  #call(ctx: QuickJSContext, op: string, arg: QuickJSHandle | undefined): QuickJSHandle {
    // lodash reads the clock once while it is evaluated: a realm reads a fixed time while it is made, so
    // what it keeps is the same in every worker, whether made before any run or inside the first that used it.
    if (this.building && op === 'now') return ctx.newNumber(0);
    const current = this.current();
    if (!current) throw new Error(`the shared realm is used outside of a code block (host call ${op})`);
    switch (op) {
      case 'now':
        return ctx.newNumber(current.run.now());
      case 'random':
        return ctx.newNumber(current.run.random());
      case 'uniqueId':
        return ctx.newNumber(++current.uniqueIds);
      case 'global':
        return current.ctx.global.dup();
      case 'intl':
      case 'url': {
        if (arg === undefined || ctx.typeof(arg) !== 'string')
          throw new TypeError(`host call ${op} needs a string`);
        const request = ctx.getString(arg);
        return ctx.newString(op === 'intl' ? intlHostCall(request) : urlHostCall(request));
      }
      default:
        throw new Error(`unknown host call ${op}`);
    }
  }
}

/** The two shared realms of a runtime: lodash (`_`) and the compat globals. */
export class SharedRealms {
  readonly lodash: SharedRealm;
  readonly compat: SharedRealm;
  /** Realms whose making in idle time failed (tried again, with the error shown to the code, on use). */
  readonly #idleFailed = new Set<SharedRealm>();

  constructor(
    runtime: QuickJSRuntime,
    bridge: { lodashSource(): string; compatSources(): CompatSources } & RealmBuildListener,
    current: () => RealmRunView | null,
  ) {
    const lodash = () => lodashRealmSource(bridge.lodashSource(), clockShim);
    this.lodash = new SharedRealm('lodash', runtime, lodash, current, bridge);
    const compat = () => compatRealmSource(bridge.compatSources(), clockShim);
    this.compat = new SharedRealm('compat', runtime, compat, current, bridge);
  }

  get building(): boolean {
    return this.lodash.building || this.compat.building;
  }

  /** The realms made so far. */
  get made(): SharedRealmName[] {
    return [this.lodash, this.compat].filter((r) => r.made).map((r) => r.name);
  }

  /** Makes the next of `wanted` not made yet; false when there is none left to make. */
  prepareNext(wanted: readonly SharedRealmName[]): boolean {
    const realm = [this.lodash, this.compat].find(
      (r) => wanted.includes(r.name) && !r.made && !this.#idleFailed.has(r),
    );
    if (!realm) return false;
    try {
      realm.get();
    } catch {
      this.#idleFailed.add(realm);
    }
    return true;
  }
}
