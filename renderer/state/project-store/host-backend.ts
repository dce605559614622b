// The project store's backend in the app: the host's SQLite project store through the contract
// (projects.get / applyCommands / undo / redo). Projects are parsed at this boundary.
import type { Command } from '../../../engine/edit';
import { Project } from '../../../engine/model';
import { host } from '../../host';
import type { ProjectBackend } from './backend';

type LooseCall = (method: string, input: unknown) => Promise<unknown>;
// The project methods are called by name; their schemas live in electron/api/contract.ts.
const call = host.call as unknown as LooseCall;

function projectOf(value: unknown): Project {
  const raw = value && typeof value === 'object' && 'project' in value ? (value as { project: unknown }).project : value;
  return Project.parse(raw);
}

export async function loadProject(path: string): Promise<Project> {
  return projectOf(await call('projects.get', { path }));
}

export function hostBackend(path: string): ProjectBackend {
  return {
    async applyCommands(commands: Command[], label: string) {
      await call('projects.applyCommands', { path, commands, label });
    },
    async undo() {
      await call('projects.undo', { path });
    },
    async redo() {
      await call('projects.redo', { path });
    },
    load: () => loadProject(path),
  };
}
