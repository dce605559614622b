import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('botloom serve', () => {
  it('prints one line with the loopback URL and token, and serves the contract', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-serve-'));
    const child = spawn(process.execPath, ['bin/botloom.js', 'serve', '--no-open', '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (d: Buffer) => resolve(d.toString()));
        child.on('exit', (c) => reject(new Error(`exited ${c}`)));
      });
      expect(line).toMatch(/^Botloom is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}\n$/);
      const url = new URL(line.split(' at ')[1]!.trim());
      const res = await fetch(new URL('/api/projects.list', url), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${url.searchParams.get('token')}`,
        },
        body: '{}',
      });
      expect(await res.json()).toEqual({ ok: true, value: [] });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('rejects a bad --port with a clear message and no stack trace', () => {
    const r = spawnSync(process.execPath, ['bin/botloom.js', 'serve', '--no-open', '--port', 'eighty'], {
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--port must be a number from 0 to 65535, not 'eighty'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('npx botloom --help lists the commands', () => {
    const r = spawnSync(process.execPath, ['bin/botloom.js', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('serve');
  });
});
