// `npm start` where Electron's binary is not available: one clear sentence, then the web host.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function electronAvailable(): boolean {
  try {
    return typeof createRequire(import.meta.url)('electron') === 'string';
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it.runIf(!electronAvailable())(
    'falls back to the web host with a clear message when Electron is missing',
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-start-'));
      const child = spawn(process.execPath, ['scripts/start.mjs', '--no-open'], {
        env: { ...process.env, BOTLOOM_DATA_DIR: dataDir, CI: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 120_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Botloom is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.on('exit', (code) => reject(new Error(`start exited ${code}: ${out}`)));
      });
      try {
        expect(out).toContain('Electron is not available on this machine');
        const res = await fetch(url);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('<div id="root">');
        const info = await fetch(new URL('/api/app.info', url), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${new URL(url).searchParams.get('token')}`,
          },
          body: '{}',
        });
        expect(await info.json()).toMatchObject({ ok: true, value: { shell: 'web', dataDir } });
      } finally {
        child.kill('SIGTERM');
      }
    },
    150_000,
  );
});
