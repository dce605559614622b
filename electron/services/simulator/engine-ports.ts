// The engine's ports as the host provides them to the simulator: the QuickJS sandbox (started on first
// use, so a host that never simulates starts no worker), Node's HTTP, and intent classifiers.
import type { Project } from '../../../engine/model';
import { createQuickJsCodeRunner } from '../../../engine/node';
import { createNodeLiveHttp, createNodeRecordingHttp } from '../../../engine/node/live-http';
import { trainProjectClassifier } from '../../../engine/nlp';
import type { CodeRunner } from '../../../engine/sandbox/code-runner';
import type { SimulatorDeps } from './simulator-service';

/** A code runner whose worker threads start at the first run. */
export function lazyCodeRunner(create: () => CodeRunner): CodeRunner {
  let runner: CodeRunner | null = null;
  return {
    run: (req, host) => (runner ??= create()).run(req, host),
    dispose: async () => {
      await runner?.dispose();
      runner = null;
    },
  };
}

export type EnginePorts = Pick<SimulatorDeps, 'codeRunner' | 'liveHttp' | 'recordingHttp' | 'intents'> & {
  dispose(): Promise<void>;
};

export function nodeEnginePorts(): EnginePorts {
  const runner = lazyCodeRunner(() => createQuickJsCodeRunner());
  return {
    codeRunner: () => runner,
    liveHttp: createNodeLiveHttp,
    recordingHttp: createNodeRecordingHttp,
    // engine/nlp caches trained classifiers by a hash of the intents: an unchanged project trains once per language.
    intents: (project: Project) => trainProjectClassifier(project),
    dispose: () => runner.dispose(),
  };
}
