// The web host: the same host services behind the local HTTP transport, with the built renderer.
// Used by `npm run web`, `botloom serve` and `npm start` where Electron is not available.
import path from 'node:path';
import os from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHost, type HostOptions } from '../host';
import { startWebTransport } from '../transports/http';

export interface WebHostOptions {
  port?: number;
  dataDir?: string;
  project?: string | null;
  version?: string;
  staticDir?: string;
  token?: string;
  log?: (line: string) => void;
  /** Test overrides for the stores. */
  stores?: Pick<HostOptions, 'files' | 'recents'>;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The per-user data folder, as Electron's userData would be (overridable with BOTLOOM_DATA_DIR). */
export function defaultDataDir(): string {
  if (process.env.BOTLOOM_DATA_DIR) return path.resolve(process.env.BOTLOOM_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Botloom');
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? home, 'Botloom');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Botloom');
}

/** dist/renderer, found from this module whether it runs bundled (dist/node) or from source. */
export function defaultStaticDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'dist', 'renderer');
    if (existsSync(path.join(dir, 'package.json'))) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve('dist', 'renderer');
}

export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const host = await createHost({
    shell: 'web',
    version: options.version ?? '0.0.0',
    dataDir: options.dataDir ?? defaultDataDir(),
    initialProject: options.project ? path.resolve(options.project) : null,
    ...options.stores,
  });
  const transport = await startWebTransport({
    services: host.services,
    events: host.events,
    staticDir: options.staticDir ?? defaultStaticDir(),
    port: options.port,
    token: options.token,
    log: options.log,
  });
  return {
    url: transport.url,
    port: transport.port,
    token: transport.token,
    async close() {
      await transport.close();
      await host.close();
    },
  };
}
