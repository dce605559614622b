// The calls a code block's context makes to the sandbox while it runs (the prelude's `host(op, …)`): the
// run's clock and random numbers, console lines, its one response (capped), timers, fetch through the
// host, the shared lodash and the compat globals.
import type { QuickJSContext, QuickJSDeferredPromise, QuickJSHandle } from 'quickjs-emscripten';
import { MAX_CODE_OUTPUT_CHARS } from './code-error';
import type { SharedRealms } from './shared-realm';
import { COMPAT_GLOBALS, COMPAT_HELPERS } from './shims/compat';
import type { SandboxRun } from './sandbox-run';
import type { SandboxFetchRequest } from './sandbox-protocol';

const COMPAT_NAMES = new Set([...COMPAT_GLOBALS, ...COMPAT_HELPERS]);

export function runHostCall(
  ctx: QuickJSContext,
  args: QuickJSHandle[],
  current: { run: SandboxRun; deferreds: Map<number, QuickJSDeferredPromise> },
  bridge: { fetch(runId: number, fid: number, request: SandboxFetchRequest): void },
  realms: SharedRealms,
): QuickJSHandle | undefined {
  const { run } = current;
  const op = ctx.getString(args[0]!);
  switch (op) {
    case 'now':
      return ctx.newNumber(run.now());
    case 'random':
      return ctx.newNumber(run.random());
    case 'log':
      run.log(ctx.getString(args[1]!) as 'log', ctx.getString(args[2]!));
      return undefined;
    case 'send':
      if (run.response === null) {
        const length = ctx.getProp(args[1]!, 'length').consume((h) => ctx.getNumber(h));
        if (length > MAX_CODE_OUTPUT_CHARS) run.responseTooLarge = length;
        else run.response = ctx.getString(args[1]!);
      }
      return undefined;
    case 'setTimer':
      run.setTimer(ctx.getNumber(args[1]!), ctx.getNumber(args[2]!));
      return undefined;
    case 'clearTimer':
      run.clearTimer(ctx.getNumber(args[1]!));
      return undefined;
    case 'fetch': {
      const url = ctx.getString(args[1]!);
      const init = JSON.parse(ctx.getString(args[2]!)) as Omit<SandboxFetchRequest, 'url' | 'timeoutMs'>;
      const fid = run.startFetch();
      const deferred = ctx.newPromise();
      current.deferreds.set(fid, deferred);
      const remaining = Math.max(1, Math.round(run.deadline - performance.now()));
      bridge.fetch(run.id, fid, { ...init, url, timeoutMs: remaining });
      return deferred.handle;
    }
    case 'lodash':
      return realms.lodash.get().dup();
    case 'compat': {
      const name = ctx.getString(args[1]!);
      if (!COMPAT_NAMES.has(name)) throw new Error(`unknown compat global ${name}`);
      return realms.compat.getProp(name);
    }
    default:
      throw new Error(`unknown host call ${op}`);
  }
}
