// `botloom serve <project>` / `npm start -- <project>`: the project named on the command line opens first;
// a `.botloom` file is opened, a botloom/1 JSON file is imported into a new project file and opened.
import { host, type RecentProject } from '../../host';

export async function openInitialProject(): Promise<RecentProject | null> {
  const { initialProject } = await host.call('app.info', {});
  if (!initialProject) return null;
  if (/\.json$/i.test(initialProject)) return host.call('projects.import', { source: initialProject });
  return host.call('projects.open', { path: initialProject });
}
