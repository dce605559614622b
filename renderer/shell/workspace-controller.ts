// Opens a project for the workspace: loads it from the host with validation beside it, then wires its
// store (backed by the host) and the simulator, Chatlayer and traffic controllers to the host client.
import type { validateProject } from '../../engine/validate';
import { host } from '../host';
import { createEditorStore, type EditorStore } from '../state/project-store';
import { hostBackend, loadProject } from '../state/project-store/host-backend';
import type { BackendDocument } from '../state/project-store';
import { createSimulatorController, type SimulatorController } from '../simulator/simulator-controller';
import { createChatlayerController, type ChatlayerController } from '../chatlayer/chatlayer-controller';
import {
  createTrafficController,
  hostTrafficSource,
  type TrafficController,
} from '../canvas/traffic/traffic-controller';

export interface LoadedProject {
  /**
   * The host's document with its revision and undo/redo state (projects.get), without the blocks' translations
   * when `translationsOmitted` (the store puts them back once the canvas is painted).
   */
  document: BackendDocument & { translationsOmitted?: true };
  validate: typeof validateProject;
}

export interface OpenWorkspace {
  store: EditorStore;
  simulator: SimulatorController;
  chatlayer: ChatlayerController;
  traffic: TrafficController;
  dispose(): void;
}

/** The project's document from the host, and validation (and its JavaScript parser) outside the initial bundle. */
export async function loadWorkspace(path: string): Promise<LoadedProject> {
  const [document, { validateProject }] = await Promise.all([
    loadProject(host, path),
    import('../../engine/validate'),
  ]);
  return { document, validate: validateProject };
}

export function createWorkspace(path: string, { document, validate }: LoadedProject): OpenWorkspace {
  const store = createEditorStore(document.project, {
    backend: hostBackend(host, path),
    confirmed: document,
    validate,
    translationsOmitted: document.translationsOmitted === true,
  });
  const simulator = createSimulatorController(store, host, path);
  const chatlayer = createChatlayerController(store, host, path);
  const traffic = createTrafficController(hostTrafficSource(host, path, store));
  return {
    store,
    simulator,
    chatlayer,
    traffic,
    dispose() {
      simulator.dispose();
      chatlayer.dispose();
      traffic.dispose();
      store.dispose();
    },
  };
}
