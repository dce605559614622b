// Worker-thread entry of the code sandbox (bundled to dist/node/sandbox-worker.js): loads QuickJS once,
// keeps one runtime warm and runs one code block at a time for the host (engine/node/quickjs-code-runner.ts).
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { getQuickJS } from 'quickjs-emscripten';
import { QuickJsSandbox } from '../sandbox/quickjs-sandbox';
import {
  SHARED_REALMS,
  type HostToWorker,
  type SandboxOutcome,
  type WorkerToHost,
} from '../sandbox/sandbox-protocol';
import {
  REALM_BUILDING,
  REALM_CREDIT_MS,
  REALM_CREDIT_RUN,
  type SandboxWorkerData,
} from './sandbox-worker-data';

const port = parentPort!;
/**
 * How long after a run the worker listens for the next block before it does idle work: the code blocks of
 * one turn follow each other's answers within a fraction of a millisecond, and must not wait behind
 * preparation meant for later turns.
 */
const QUIET_MS = 0.1;
const data = workerData as SandboxWorkerData;
const abortFlag = new Int32Array(data.abortFlag);
const runsSent = new Int32Array(data.runsSent);
const realmWatch = new Int32Array(data.realmWatch);
const realmsWanted = new Int32Array(data.realmsWanted);
const post = (message: WorkerToHost) => port.postMessage(message);
const resolver = createRequire(import.meta.url);

async function start(): Promise<void> {
  const quickjs = await getQuickJS();
  const heap = (quickjs as unknown as { module?: { HEAPU8?: Uint8Array } }).module;
  const sandbox = new QuickJsSandbox(
    quickjs,
    {
      fetch: (id, fid, request) => post({ t: 'fetch', id, fid, request }),
      lodashSource: () => readFileSync(resolver.resolve('lodash/lodash.min.js'), 'utf8'),
      compatSources: () => {
        const buffer = resolver.resolve('buffer/index.js');
        const fromBuffer = createRequire(buffer);
        return {
          buffer: readFileSync(buffer, 'utf8'),
          base64Js: readFileSync(fromBuffer.resolve('base64-js/index.js'), 'utf8'),
          ieee754: readFileSync(fromBuffer.resolve('ieee754/index.js'), 'utf8'),
        };
      },
      abortRequested: (runId) => Atomics.load(abortFlag, 0) === runId,
      // The credit is written before the flag is cleared, so the host never sees the wait without it.
      started: (runId) => Atomics.store(realmWatch, REALM_BUILDING, runId),
      finished: (runId, realm, ms) => {
        const before =
          Atomics.load(realmWatch, REALM_CREDIT_RUN) === runId
            ? Atomics.load(realmWatch, REALM_CREDIT_MS)
            : 0;
        Atomics.store(realmWatch, REALM_CREDIT_MS, before + Math.ceil(ms));
        Atomics.store(realmWatch, REALM_CREDIT_RUN, runId);
        Atomics.store(realmWatch, REALM_BUILDING, 0);
        Atomics.or(realmsWanted, 0, 1 << SHARED_REALMS.indexOf(realm));
      },
      wasmHeapBytes: () => heap?.HEAPU8?.buffer.byteLength ?? 0,
    },
    { maxStackBytes: data.maxStackBytes, recycleHeapBytes: data.recycleHeapBytes },
  );
  while (sandbox.idleStep());
  // Idle work after run `lastRun`, unless the host sends another run within QUIET_MS (the thread sleeps
  // meanwhile, woken at once by the host's notify). Then in small steps, each its own turn of the event
  // loop, so that a run arriving meanwhile is taken up after the current step, not after all of them.
  let idleGeneration = 0;
  const idleWork = (lastRun: number) => {
    const generation = ++idleGeneration; // an older run's steps stop here
    if (Atomics.wait(runsSent, 0, lastRun, QUIET_MS) !== 'timed-out') return;
    const step = () => {
      if (generation === idleGeneration && sandbox.idleStep()) setImmediate(step);
    };
    setImmediate(step);
  };
  let queue = Promise.resolve();
  port.on('message', (message: HostToWorker) => {
    switch (message.t) {
      case 'run':
        // One run at a time (the host never sends two); contexts for later runs are prepared after answering.
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
          if (!outcome.recycle) idleWork(message.id);
        });
        break;
      case 'fetch-done':
        // The answer's statusText is the standard reason phrase of its status.
        sandbox.fetchDone(
          message.id,
          message.fid,
          message.ok ? { ...message, statusText: STATUS_CODES[message.status] ?? '' } : message,
        );
        break;
      case 'abort':
        sandbox.poke(message.id);
        break;
      case 'stats':
        // Measured with the idle work done, so that two measurements compare whatever the timing.
        while (sandbox.idleStep());
        post({ t: 'stats', stats: sandbox.stats() });
        break;
    }
  });
  // The shared realms the pool's blocks have used are made before the worker says it is ready (some tens of
  // milliseconds each on a quiet machine, seconds under load), so a replacement worker never makes a block
  // wait for one. A realm no block has used yet is made by the first block that reads it, and that wait is
  // not charged to the block's time limit (realmWatch). Waiting for a ready worker is not part of any limit.
  const wanted = SHARED_REALMS.filter((_, i) => (Atomics.load(realmsWanted, 0) & (1 << i)) !== 0);
  while (sandbox.prepareShared(wanted));
  post({ t: 'ready' });
}

start().catch((e: unknown) => post({ t: 'failed', message: e instanceof Error ? e.message : String(e) }));
