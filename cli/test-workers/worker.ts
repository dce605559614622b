// Worker-thread entry of `botloom test` (bundled to dist/node/test-worker.js): trains the project's
// intents and starts a code sandbox once, then runs the tests the main thread hands it
// (cli/test-workers/pool.ts), each exactly as the in-process runner would.
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

async function start(): Promise<void> {
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
