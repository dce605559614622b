// Opening a project file by path: a `.botloom` file is opened, a botloom/1 JSON file is opened to be
// edited in place (the host keeps its history in a working copy in the data folder). Used for the project
// open before a reload (F5 reopens it: its path is kept in this tab's sessionStorage), the project named on
// the command line (`botloom serve <project>`, `npm start -- <project>`) and File ▸ Open Project… in the
// Electron shell.
import { host, type RecentProject } from '../../host';

const OPEN_KEY = 'botloom.openProject';

export function openProjectFile(file: string): Promise<RecentProject> {
  return host.call('projects.open', { path: file });
}

/** Keeps (or forgets) the open project's path for this tab, so a reload reopens it. */
export function rememberOpenProject(project: RecentProject | null): void {
  if (typeof sessionStorage === 'undefined') return;
  try {
    if (project) sessionStorage.setItem(OPEN_KEY, project.path);
    else sessionStorage.removeItem(OPEN_KEY);
  } catch {
    // Storage refused (private mode, quota): a reload shows the start screen, as before.
  }
}

/** The path a reload should reopen, if any. */
export function rememberedProject(): string | null {
  if (typeof sessionStorage === 'undefined') return null;
  try {
    return sessionStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
}

/**
 * The project to open at start: the one open before a reload of this tab, else the one named on the command
 * line, else none. A project that cannot be reopened is forgotten and reported with its path.
 */
export async function openInitialProject(): Promise<RecentProject | null> {
  const remembered = rememberedProject();
  if (remembered) {
    try {
      return await openProjectFile(remembered);
    } catch (e) {
      rememberOpenProject(null);
      throw new Error(
        `The project open before the reload (${remembered}) could not be reopened: ${(e as Error).message}. Open it again from the list.`,
        { cause: e },
      );
    }
  }
  const { initialProject } = await host.call('app.info', {});
  if (!initialProject) return null;
  try {
    return await openProjectFile(initialProject);
  } catch (e) {
    throw new Error(`The project named on the command line could not be opened: ${(e as Error).message}`, {
      cause: e,
    });
  }
}
