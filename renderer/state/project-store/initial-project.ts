// Opening a project file by path: a `.botloom` file is opened, a botloom/1 JSON file is imported into a
// new project file and opened. Used for the project named on the command line (`botloom serve
// <project>`, `npm start -- <project>`) and for File ▸ Open Project… in the Electron shell.
import { host, type RecentProject } from '../../host';

export function openProjectFile(file: string): Promise<RecentProject> {
  if (/\.json$/i.test(file)) return host.call('projects.import', { source: file });
  return host.call('projects.open', { path: file });
}

export async function openInitialProject(): Promise<RecentProject | null> {
  const { initialProject } = await host.call('app.info', {});
  return initialProject ? openProjectFile(initialProject) : null;
}
