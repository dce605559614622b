// projects.* methods: the recent-projects list and creating a project file from the starter project.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Project } from '../../engine/model';
import { HostError, type MethodParsedInput, type RecentProject } from '../api';
import { freeProjectFile } from './file-names';
import { starterProject } from './starter-project';

/** Where projects are kept and remembered; implemented by the SQLite project and settings stores. */
export interface ProjectFiles {
  /** Creates a new project document at `file` (must not exist). */
  create(file: string, project: Project): Promise<void> | void;
}
export interface RecentsStore {
  list(): RecentProject[];
  touch(entry: { path: string; name: string }): RecentProject;
}

export interface ProjectsServiceOptions {
  projectsDir: string;
  files: ProjectFiles;
  recents: RecentsStore;
}

export function createProjectsService({ projectsDir, files, recents }: ProjectsServiceOptions) {
  return {
    'projects.list': () => recents.list(),
    'projects.create': async (input: MethodParsedInput<'projects.create'>) => {
      const dir = input.directory ?? projectsDir;
      // Checked before anything is created: a relative folder would land beside the host's working directory.
      if (!path.isAbsolute(dir))
        throw new HostError(
          'invalid-input',
          `The folder ${dir} is not an absolute path: choose a full path.`,
        );
      mkdirSync(dir, { recursive: true });
      const file = freeProjectFile(dir, input.name);
      await files.create(file, starterProject(input.name, input.language));
      return recents.touch({ path: file, name: input.name });
    },
  };
}
