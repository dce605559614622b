// app.* methods: what the renderer needs to know about the host it runs in.
import os from 'node:os';
import type { AppInfo } from '../api';

export interface AppServiceOptions {
  version: string;
  shell: 'electron' | 'web';
  dataDir: string;
  initialProject: string | null;
}

export function createAppService(options: AppServiceOptions) {
  return {
    'app.info': (): AppInfo => ({
      name: 'Botloom',
      version: options.version,
      shell: options.shell,
      platform: `${os.platform()}-${os.arch()}`,
      dataDir: options.dataDir,
      initialProject: options.initialProject,
    }),
  };
}
