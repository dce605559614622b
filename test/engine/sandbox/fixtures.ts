// Shared by the sandbox tests: a QuickJS code runner, a request with defaults, and a recording fake host.
import { createQuickJsCodeRunner, type QuickJsCodeRunnerOptions } from '../../../engine/node';
import type { CodeRunHost, CodeRunRequest, CodeRunResult } from '../../../engine/sandbox/code-runner';
import type { HttpResponse } from '../../../engine/http/http-port';

export const NOW = Date.UTC(2026, 0, 1);

export function request(code: string, overrides: Partial<CodeRunRequest> = {}): CodeRunRequest {
  return {
    blockId: 'compute',
    code,
    args: {},
    timeoutMs: 2_000,
    memoryLimitMb: 32,
    seed: 42,
    now: NOW,
    virtualTime: true,
    ...overrides,
  };
}

export type FetchCall = Parameters<CodeRunHost['fetch']>[0];

/** A host whose fetch answers with `answer(request)` (default: 200 echoing the request as JSON) and records calls. */
export function fakeHost(
  answer?: (req: FetchCall) => Partial<HttpResponse> | Promise<Partial<HttpResponse>>,
): CodeRunHost & { calls: FetchCall[] } {
  const calls: FetchCall[] = [];
  return {
    calls,
    async fetch(req) {
      calls.push(req);
      const r = answer ? await answer(req) : { bodyText: JSON.stringify({ echo: req }) };
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        bodyText: '',
        ms: 3,
        mocked: true,
        ...r,
      };
    },
  };
}

export interface Sandbox {
  run(code: string, overrides?: Partial<CodeRunRequest>, host?: CodeRunHost): Promise<CodeRunResult>;
  /** Runs code that must succeed and returns its result. */
  ok(
    code: string,
    overrides?: Partial<CodeRunRequest>,
    host?: CodeRunHost,
  ): Promise<Extract<CodeRunResult, { ok: true }>>;
  dispose(): Promise<void>;
  runner: ReturnType<typeof createQuickJsCodeRunner>;
}

export function sandbox(options: QuickJsCodeRunnerOptions = {}): Sandbox {
  const runner = createQuickJsCodeRunner(options);
  const run = (code: string, overrides?: Partial<CodeRunRequest>, host: CodeRunHost = fakeHost()) =>
    runner.run(request(code, overrides), host);
  return {
    runner,
    run,
    async ok(code, overrides, host) {
      const result = await run(code, overrides, host);
      if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
      return result;
    },
    dispose: () => runner.dispose(),
  };
}

/** The logged texts of a result. */
export const logTexts = (result: CodeRunResult) => result.logs.map((l) => l.text);
