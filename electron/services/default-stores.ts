// Wires the host's stores: the settings database (recent projects) and project files, both SQLite
// (electron/services/settings-store and project-store, issue 5).
import type { ProjectFiles, RecentsStore } from './projects-service';
import { openSettingsStore } from './settings-store';
import { createProject } from './project-store';
import { toHostError } from './project-store/project-methods';

export async function openDefaultStores(
  dataDir: string,
  overrides: { files?: ProjectFiles; recents?: RecentsStore },
): Promise<{ files: ProjectFiles; recents: RecentsStore; close(): Promise<void> }> {
  const settings = overrides.recents ? undefined : openSettingsStore(dataDir);
  const recents: RecentsStore = overrides.recents ?? {
    list: () => settings!.listRecents(),
    touch: (entry) => settings!.touchRecent(entry),
  };
  const files: ProjectFiles = overrides.files ?? {
    create(file, project) {
      const created = createProject(file, project, { autoCheckpointMs: 0, heartbeatMs: 0 });
      if (!created.ok) throw toHostError(created.error);
      created.value.close();
    },
  };
  return { files, recents, close: async () => settings?.close() };
}
