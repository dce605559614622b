// The host side of opening a large project, in this process: `projects.open` (SQLite load) and
// `projects.get` through dispatch (zod on the way out), and the JSON the renderer receives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../electron/api';
import { createHost } from '../../electron/host';
import type { Project } from '../../engine/model';

export interface HostOpen {
  openMs: number;
  getMs: number;
  stringifyMs: number;
  parseMs: number;
  transferKb: number;
}

export async function hostOpen(project: Project): Promise<HostOpen> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-bench-open-'));
  const host = await createHost({ shell: 'web', version: 'bench', dataDir: dir });
  const call = async (method: string, input: unknown) => {
    const env = await dispatch(host.services, method, input, { transport: 'direct' });
    if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
    return env.value as { path: string };
  };
  try {
    const source = path.join(dir, 'big.json');
    writeFileSync(source, JSON.stringify(project));
    const { path: file } = await call('projects.import', { source });
    await call('projects.close', { path: file });
    let t = performance.now();
    await call('projects.open', { path: file });
    const openMs = performance.now() - t;
    t = performance.now();
    const doc = await call('projects.get', { path: file });
    const getMs = performance.now() - t;
    t = performance.now();
    const json = JSON.stringify({ ok: true, value: doc });
    const stringifyMs = performance.now() - t;
    t = performance.now();
    JSON.parse(json);
    const parseMs = performance.now() - t;
    return { openMs, getMs, stringifyMs, parseMs, transferKb: json.length / 1024 };
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
