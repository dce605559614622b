// Opening a project file by path: a `.botloom` file is opened, a botloom/1 JSON file is opened to be
// edited in place (the host keeps its history in a working copy in the data folder). Used for the project named on the command line (`botloom serve
// <project>`, `npm start -- <project>`) and for File ▸ Open Project… in the Electron shell.
import { host, type RecentProject } from '../../host';

export function openProjectFile(file: string): Promise<RecentProject> {
  return host.call('projects.open', { path: file });
}

export async function openInitialProject(): Promise<RecentProject | null> {
  const { initialProject } = await host.call('app.info', {});
  return initialProject ? openProjectFile(initialProject) : null;
}
