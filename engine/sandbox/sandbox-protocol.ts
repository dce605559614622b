// Messages between the host (engine/node) and the sandbox worker. Plain data only (structured clone);
// kept small so that a trivial block costs one short message each way.
import type { Json } from '../model';
import type { CodeError, CodeLog, CodeRunRequest } from './code-runner';

/**
 * The shared realms of a runtime (shared-realm.ts), in the order of their bits in the pool's
 * `realmsWanted` mask (sandbox-worker-data.ts).
 */
export const SHARED_REALMS = ['lodash', 'compat'] as const;
export type SharedRealmName = (typeof SHARED_REALMS)[number];

/** What the worker needs of a CodeRunRequest (no signal, no block id). */
export type SandboxRunSpec = Pick<
  CodeRunRequest,
  'code' | 'args' | 'timeoutMs' | 'memoryLimitMb' | 'seed' | 'now' | 'virtualTime'
>;

export interface SandboxFetchRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export type HostToWorker =
  | { t: 'run'; id: number; spec: SandboxRunSpec }
  | {
      t: 'fetch-done';
      id: number;
      fid: number;
      ok: true;
      status: number;
      headers: Record<string, string>;
      bodyText: string;
    }
  | { t: 'fetch-done'; id: number; fid: number; ok: false; message: string }
  | { t: 'abort'; id: number }
  | { t: 'stats' };

/** How a run ended, as the worker saw it. `recycle` asks the host to replace this worker. */
export type SandboxOutcome =
  | { ok: true; response: Json | null; logs: CodeLog[]; virtualMs: number; recycle: boolean }
  | { ok: false; error: CodeError; logs: CodeLog[]; virtualMs: number; recycle: boolean; aborted?: boolean };

export interface SandboxStats {
  /** Bytes QuickJS has allocated in the shared runtime (between runs: the baseline). */
  quickjsMallocBytes: number;
  /** Live QuickJS objects in the runtime. */
  quickjsObjects: number;
  /** Size of the WebAssembly heap (grows, never shrinks). */
  wasmHeapBytes: number;
  /** Runs this worker has completed. */
  runs: number;
  /** Contexts prepared for the next runs. */
  preparedContexts: number;
  /** Shared realms (lodash, the Node globals) already made in this worker's runtime. */
  sharedRealmsMade: SharedRealmName[];
}

export type WorkerToHost =
  | { t: 'ready' }
  | { t: 'failed'; message: string }
  | { t: 'done'; id: number; outcome: SandboxOutcome }
  | { t: 'fetch'; id: number; fid: number; request: SandboxFetchRequest }
  | { t: 'stats'; stats: SandboxStats };
