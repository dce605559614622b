// The contract between the runtime and a code sandbox (docs/file-format.md#code-block, docs/architecture.md#the-sandbox).
// The QuickJS implementation lives in engine/node (a worker thread); the runtime sees only this port.
import type { Json } from '../model';
import type { HttpRequest, HttpResponse } from '../http/http-port';

export interface CodeRunRequest {
  /** Block id, for messages. */
  blockId: string;
  code: string;
  /** Already templated arguments, exposed as `args`. */
  args: Record<string, Json>;
  timeoutMs: number;
  memoryLimitMb: number;
  /** Seed for `Math.random` and conversation clock (epoch ms) for `Date`. */
  seed: number;
  now: number;
  /** True under a fixed clock (tests): timers fire without real waiting. */
  virtualTime: boolean;
  signal?: AbortSignal;
}

export type CodeErrorKind = 'code-syntax' | 'code-timeout' | 'code-memory' | 'code-stack' | 'code-threw';

export interface CodeError {
  kind: CodeErrorKind;
  /** `Syntax error`, `Timeout`, `Memory limit`, `Stack overflow`, or the thrown error's name. */
  name: string;
  message: string;
  line?: number;
}

export interface CodeLog {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

export type CodeRunResult =
  | {
      ok: true;
      /** The object passed to the builder's `send()` (docs/chatlayer.md#api-call-responses format), or null when never sent. */
      response: Json | null;
      logs: CodeLog[];
      ms: number;
    }
  | { ok: false; error: CodeError; logs: CodeLog[]; ms: number };

/** Host callbacks the sandbox may use while a block runs. */
export interface CodeRunHost {
  /** `fetch` inside the code block goes through the engine's HTTP layer (so mocks apply). */
  fetch(
    req: Omit<HttpRequest, 'timeoutMs' | 'maxResponseBytes' | 'signal'> & { timeoutMs?: number },
  ): Promise<HttpResponse>;
}

export interface CodeRunner {
  run(req: CodeRunRequest, host: CodeRunHost): Promise<CodeRunResult>;
  /** Releases workers; the runner may not be used afterwards. */
  dispose(): Promise<void>;
}
