// Wires the host's stores: the settings database (recent projects) and project files.
// INTERIM (foundation): recents in a JSON file and projects written as botloom/1 JSON until the SQLite
// project and settings stores land (issue 5); then this module opens those instead.
import path from 'node:path';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import type { RecentProject } from '../api';
import type { ProjectFiles, RecentsStore } from './projects-service';

export async function openDefaultStores(
  dataDir: string,
  overrides: { files?: ProjectFiles; recents?: RecentsStore },
): Promise<{ files: ProjectFiles; recents: RecentsStore; close(): Promise<void> }> {
  const recentsFile = path.join(dataDir, 'recents.json');
  const read = (): RecentProject[] => (existsSync(recentsFile) ? (JSON.parse(readFileSync(recentsFile, 'utf8')) as RecentProject[]) : []);
  const recents: RecentsStore = overrides.recents ?? {
    list: () => read(),
    touch(entry) {
      const item = { ...entry, lastOpenedAt: new Date().toISOString() };
      const next = [item, ...read().filter((r) => r.path !== entry.path)].slice(0, 20);
      writeFileSync(recentsFile + '.tmp', JSON.stringify(next, null, 2));
      renameSync(recentsFile + '.tmp', recentsFile);
      return item;
    },
  };
  const files: ProjectFiles = overrides.files ?? {
    create(file, project) {
      writeFileSync(file, JSON.stringify(project, null, 2) + '\n', { flag: 'wx' });
    },
  };
  return { files, recents, close: async () => {} };
}
