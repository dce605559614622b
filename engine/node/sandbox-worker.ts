// Worker-thread entry of the code sandbox (bundled to dist/node/sandbox-worker.js): loads QuickJS once,
// keeps one runtime warm and runs one code block at a time for the host (engine/node/quickjs-code-runner.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { getQuickJS } from 'quickjs-emscripten';
import { QuickJsSandbox } from '../sandbox/quickjs-sandbox';
import type { HostToWorker, SandboxOutcome, WorkerToHost } from '../sandbox/sandbox-protocol';
import type { SandboxWorkerData } from './sandbox-worker-data';

const port = parentPort!;
const data = workerData as SandboxWorkerData;
const abortFlag = new Int32Array(data.abortFlag);
const post = (message: WorkerToHost) => port.postMessage(message);

async function start(): Promise<void> {
  const quickjs = await getQuickJS();
  const heap = (quickjs as unknown as { module?: { HEAPU8?: Uint8Array } }).module;
  const sandbox = new QuickJsSandbox(
    quickjs,
    {
      fetch: (id, fid, request) => post({ t: 'fetch', id, fid, request }),
      lodashSource: () =>
        readFileSync(createRequire(import.meta.url).resolve('lodash/lodash.min.js'), 'utf8'),
      abortRequested: (runId) => Atomics.load(abortFlag, 0) === runId,
      wasmHeapBytes: () => heap?.HEAPU8?.buffer.byteLength ?? 0,
    },
    { maxStackBytes: data.maxStackBytes, recycleHeapBytes: data.recycleHeapBytes },
  );
  sandbox.prepare();
  sandbox.warm();
  let queue = Promise.resolve();
  port.on('message', (message: HostToWorker) => {
    switch (message.t) {
      case 'run':
        // One run at a time (the host never sends two); the next context is prepared after answering.
        queue = queue.then(async () => {
          const outcome: SandboxOutcome = await sandbox.run(message.id, message.spec).catch((e: unknown) => ({
            ok: false as const,
            error: {
              kind: 'code-threw' as const,
              name: 'InternalError',
              message: `The sandbox failed: ${e instanceof Error ? e.message : String(e)}`,
            },
            logs: [],
            virtualMs: 0,
            recycle: true,
          }));
          post({ t: 'done', id: message.id, outcome });
          if (outcome.recycle) return;
          setImmediate(() => {
            sandbox.prepare();
            setImmediate(() => sandbox.warm());
          });
        });
        break;
      case 'fetch-done':
        sandbox.fetchDone(message.id, message.fid, message);
        break;
      case 'abort':
        sandbox.poke(message.id);
        break;
      case 'stats':
        post({ t: 'stats', stats: sandbox.stats() });
        break;
    }
  });
  post({ t: 'ready' });
}

start().catch((e: unknown) => post({ t: 'failed', message: e instanceof Error ? e.message : String(e) }));
