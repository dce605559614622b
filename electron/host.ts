// The composition root: builds the service table that both shells (Electron IPC, web host) serve.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Services } from './api';
import { createHostEvents, type HostEvents } from './services/host-events';
import { removeStaleDataFolderFiles } from './services/temp-files';
import { createAppService } from './services/app-service';
import { createDocsService } from './services/docs-service';
import { createProjectsService, type ProjectFiles, type RecentsStore } from './services/projects-service';
import { createProjectMethods } from './services/project-store/project-methods';
import { createSecretsService, openSystemSecretStore, type SecretStore } from './services/secrets';
import { createSimulatorService, type EnginePorts } from './services/simulator';
import { createChatlayerService } from './services/chatlayer';
import { CHATLAYER_TOKEN_SECRET, SecretName } from './api';

export interface HostOptions {
  shell: 'electron' | 'web';
  version: string;
  /** The app's own data folder (settings database, default projects folder). */
  dataDir: string;
  initialProject?: string | null;
  /** Overrides for tests: the stores behind the services. */
  files?: ProjectFiles;
  recents?: RecentsStore;
  /** Where secrets live: Electron injects its safeStorage vault; default the OS keychain tool or a plain file. */
  secrets?: SecretStore;
  /** The engine's sandbox, HTTP and NLP for the simulator; default: QuickJS workers and Node's fetch. */
  engine?: EnginePorts;
  /** The folder holding README.md and docs/ for Help › Documentation; default: found beside the app. */
  docsRoot?: string | null;
}

export interface Host {
  services: Services;
  events: HostEvents;
  close(): Promise<void>;
}

export async function createHost(options: HostOptions): Promise<Host> {
  mkdirSync(options.dataDir, { recursive: true });
  // Temporary files of an import or save that was killed (only Botloom's own, only when their writer is gone).
  removeStaleDataFolderFiles(options.dataDir);
  const events = createHostEvents();
  const { files, recents, close } = await openStores(options);
  const projectsDir = path.join(options.dataDir, 'projects');
  const documents = createProjectMethods({ projectsDir, recents, events });
  let secretStore: SecretStore | undefined;
  const secrets = () =>
    (secretStore ??= options.secrets ?? openSystemSecretStore({ dataDir: options.dataDir }));
  const engine = options.engine ?? (await import('./services/simulator/engine-ports')).nodeEnginePorts();
  // `{secrets.NAME}` in API blocks reads the secret `api.NAME`.
  const apiSecret = (name: string) => {
    const key = SecretName.safeParse(`api.${name}`);
    return key.success ? secrets().get(key.data) : undefined;
  };
  const simulator = createSimulatorService({
    ...engine,
    events,
    projectOf: (file) => documents.sessions.get(file).project,
    secrets: apiSecret,
  });
  const chatlayer = createChatlayerService({
    documentOf: (file) => documents.sessions.get(file),
    events,
    token: { env: process.env, stored: () => secrets().get(CHATLAYER_TOKEN_SECRET)?.trim() || undefined },
    // Conformance runs simulate each step locally as the simulator does.
    local: async (project) => {
      const intents = await engine.intents(project);
      return {
        codeRunner: engine.codeRunner(),
        ...(intents ? { intents } : {}),
        secrets: apiSecret,
        liveHttp: engine.liveHttp,
      };
    },
  });
  const services: Services = {
    ...createAppService({
      version: options.version,
      shell: options.shell,
      dataDir: options.dataDir,
      initialProject: options.initialProject ?? null,
    }),
    ...createDocsService(options.docsRoot),
    ...createProjectsService({ projectsDir, files, recents }),
    ...documents.methods,
    ...createSecretsService(secrets),
    ...simulator.methods,
    ...chatlayer.methods,
  };
  return {
    services,
    events,
    close: async () => {
      simulator.close();
      chatlayer.close();
      await engine.dispose();
      documents.sessions.closeAll();
      await close();
    },
  };
}

async function openStores(options: HostOptions) {
  const stores = await import('./services/default-stores');
  return stores.openDefaultStores(options.dataDir, { files: options.files, recents: options.recents });
}
