// Playwright fixtures: a real `botloom serve` process (the browser mode) with its own data folder.
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface WebHostProcess {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
}

export async function startServe(
  args: string[] = [],
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-e2e-')),
  /** More environment for the host (e.g. BOTLOOM_SECRET_STORE=file, so no keychain is touched). */
  env: Record<string, string> = {},
): Promise<WebHostProcess> {
  const child = spawn(
    process.execPath,
    ['bin/botloom.js', 'serve', '--no-open', '--data-dir', dataDir, ...args],
    {
      env: { ...process.env, CI: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`botloom serve did not start: ${out}${err}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Botloom is running at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`botloom serve exited with ${code}: ${err}`)));
  });
  const u = new URL(url);
  return { url, origin: u.origin, token: u.searchParams.get('token')!, dataDir, process: child };
}

export const test = base.extend<{ webHost: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  webHost: async ({}, use) => {
    const host = await startServe();
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
  },
});
/**
 * A fixture serving a copy of `examples/<example>` (in a temporary folder, so the test may edit it), removed
 * with the host's data folder afterwards.
 */
export function serveExample(example: string) {
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  return async ({}, use: (host: WebHostProcess) => Promise<void>) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-example-'));
    const file = path.join(dir, example);
    copyFileSync(path.join('examples', example), file);
    const host = await startServe([file]);
    await use(host);
    host.process.kill('SIGTERM');
    rmSync(host.dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
}
export { expect };
