// Worker-thread entry of `botloom test` (bundled to dist/node/test-worker.js): trains the project's
// intents and starts a code sandbox once, then runs the tests the main thread hands it
// (cli/test-workers/pool.ts), each exactly as the in-process runner would.
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
// Imported from the modules themselves, not from cli/commands/test.ts or engine/node's index: every module
// here is loaded and compiled by each worker thread, so the `test` command's (commander, the Chatlayer
// target, the project store) and the traffic cache's are left out.
import { trainProjectClassifier } from '../../engine/nlp/language-classifiers';
import { createQuickJsCodeRunner } from '../../engine/node/quickjs-code-runner';
import { createNodeLiveHttp } from '../../engine/node/live-http';
import { runOneTest } from '../../engine/testing/run-tests';
import { secretsFromEnv } from '../secrets-env';
import type { MainToTestWorker, TestWorkerData, TestWorkerToMain } from './protocol';

const port = parentPort!;
const data = workerData as TestWorkerData;
const post = (message: TestWorkerToMain) => port.postMessage(message);

/**
 * Executions of a regular expression in V8's interpreter before it is compiled to machine code (V8's
 * default: 1). chrono-node's time-unit patterns repeat a large group {0,10}; compiling one takes some
 * 100 ms of CPU, in every worker thread, on the second date parse, while the interpreter reads a chat
 * message (under 1,000 characters: longer subjects are compiled at once) in microseconds. A regular
 * expression still in use after this many executions is compiled as before. Results are the same either
 * way. The flag is the process's: it applies to expressions created from now on, in every thread.
 */
const REGEXP_TIER_UP_TICKS = 1000;

async function start(): Promise<void> {
  v8.setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);
  const { project } = data;
  // One sandbox thread: the tests of this worker take turns in it (the cores are shared by the workers).
  const codeRunner = createQuickJsCodeRunner({ maxWorkers: 1 });
  const intents = await trainProjectClassifier(project);
  const options = {
    codeRunner,
    ...(intents ? { intents } : {}),
    secrets: secretsFromEnv(),
    httpFor: (mode: 'mocked' | 'live') => (mode === 'live' ? createNodeLiveHttp() : undefined),
    ...(data.seed !== undefined ? { seed: data.seed } : {}),
  };
  port.on('message', (message: MainToTestWorker) => {
    const test = project.tests[message.index]!;
    runOneTest(project, test, message.index, options).then(
      (result) => {
        // No cancellation reaches a worker (the main thread stops the workers instead), so there is a result.
        if (result) post({ t: 'result', slot: message.slot, result });
      },
      (e: unknown) =>
        post({ t: 'error', slot: message.slot, message: e instanceof Error ? e.message : String(e) }),
    );
  });
  post({ t: 'ready' });
}

void start();
