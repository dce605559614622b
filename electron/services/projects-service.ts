// projects.* methods: the recent-projects list and creating a project file from the starter project.
import path from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import type { Project } from '../../engine/model';
import { HostError, type MethodParsedInput, type RecentProject } from '../api';
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

/** A file name from a project name: readable, safe on every OS. */
export function fileNameFor(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'project'}.botloom`;
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
      let file = path.join(dir, fileNameFor(input.name));
      for (let n = 2; existsSync(file); n++) file = path.join(dir, fileNameFor(`${input.name} ${n}`));
      await files.create(file, starterProject(input.name, input.language));
      return recents.touch({ path: file, name: input.name });
    },
  };
}
