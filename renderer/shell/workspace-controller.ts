// Opens a project for the workspace: loads it from the host with validation beside it, then wires its
// store (backed by the host) and the simulator and Chatlayer controllers to the host client.
import type { Project } from '../../engine/model';
import type { validateProject } from '../../engine/validate';
import { host } from '../host';
import { createProjectStore, type ProjectStore } from '../state/project-store';
import { hostBackend, loadProject } from '../state/project-store/host-backend';
import { createSimulatorController, type SimulatorController } from '../simulator/simulator-controller';
import { createChatlayerController, type ChatlayerController } from '../chatlayer/chatlayer-controller';

export interface LoadedProject {
  project: Project;
  validate: typeof validateProject;
}

export interface OpenWorkspace {
  store: ProjectStore;
  simulator: SimulatorController;
  chatlayer: ChatlayerController;
  dispose(): void;
}

/** The project's document from the host, and validation (and its JavaScript parser) outside the initial bundle. */
export async function loadWorkspace(path: string): Promise<LoadedProject> {
  const [project, { validateProject }] = await Promise.all([
    loadProject(path),
    import('../../engine/validate'),
  ]);
  return { project, validate: validateProject };
}

export function createWorkspace(path: string, { project, validate }: LoadedProject): OpenWorkspace {
  const store = createProjectStore(project, { backend: hostBackend(path), validate });
  const simulator = createSimulatorController(store, host, path);
  const chatlayer = createChatlayerController(store, host, path);
  return {
    store,
    simulator,
    chatlayer,
    dispose() {
      simulator.dispose();
      chatlayer.dispose();
      store.dispose();
    },
  };
}
