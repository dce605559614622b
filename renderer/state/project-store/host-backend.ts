// The project store's backend in the app: the host's SQLite project store through the contract
// (projects.open / get / applyCommands / undo / redo / restore). The host re-validates and journals every batch.
import type { Command } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import { host } from '../../host';
import type { ProjectBackend } from './backend';

/** Opens the project file on the host and returns its document. */
export async function loadProject(path: string): Promise<Project> {
  await host.call('projects.open', { path });
  return (await host.call('projects.get', { path })).project;
}

export function hostBackend(path: string): ProjectBackend {
  return {
    async applyCommands(commands: Command[], label: string) {
      await host.call('projects.applyCommands', { path, commands, label });
    },
    async undo() {
      await host.call('projects.undo', { path });
    },
    async redo() {
      await host.call('projects.redo', { path });
    },
    load: async () => (await host.call('projects.get', { path })).project,
    async restore(revision: number) {
      const { diff, label } = await host.call('projects.restore', { path, revision });
      return { diff, label };
    },
  };
}
