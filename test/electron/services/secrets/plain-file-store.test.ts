// The plain-file backend: owner-only file, atomic replacement, round trip, and a damaged file reported
// without its content and never overwritten.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlainFileStore, PLAIN_SECRETS_FILE } from '../../../../electron/services/secrets';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-plain-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const file = () => path.join(dataDir, PLAIN_SECRETS_FILE);

describe('plain-file secret store', () => {
  it('stores, reads, lists and deletes secrets by name', () => {
    const store = createPlainFileStore({ dataDir });
    expect(store.get('chatlayer.token')).toBeUndefined();
    store.set('chatlayer.token', 'tok-1');
    store.set('api.shopToken', 'shop-2');
    expect(store.get('chatlayer.token')).toBe('tok-1');
    expect(createPlainFileStore({ dataDir }).get('api.shopToken')).toBe('shop-2');
    expect(store.list()).toEqual(['api.shopToken', 'chatlayer.token']);
    expect(store.delete('api.shopToken')).toBe(true);
    expect(store.delete('api.shopToken')).toBe(false);
    expect(store.list()).toEqual(['chatlayer.token']);
  });

  it('creates the file readable by its owner only, whatever the umask', () => {
    const previous = process.umask(0);
    try {
      createPlainFileStore({ dataDir }).set('chatlayer.token', 'tok');
    } finally {
      process.umask(previous);
    }
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('tightens a file that was left readable by others when it next writes', () => {
    writeFileSync(file(), JSON.stringify({ format: 'botloom-secrets/1', secrets: {} }), { mode: 0o644 });
    createPlainFileStore({ dataDir }).set('chatlayer.token', 'tok');
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('replaces the file by rename, leaving no temporary file behind', () => {
    const store = createPlainFileStore({ dataDir });
    store.set('chatlayer.token', 'a');
    const before = statSync(file()).ino;
    store.set('chatlayer.token', 'b');
    expect(statSync(file()).ino).not.toBe(before);
    expect(readdirSync(dataDir)).toEqual([PLAIN_SECRETS_FILE]);
  });

  it('never lets a concurrent reader see half a file', async () => {
    const store = createPlainFileStore({ dataDir });
    const big = (n: number) => String(n).padEnd(7000, 'x');
    store.set('api.A', big(0));
    // Another process reads the file as fast as it can and counts reads that are not whole JSON.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('fs'); let reads = 0, torn = 0;
         const stop = ${JSON.stringify(path.join(dataDir, 'stop'))};
         while (!fs.existsSync(stop)) { try { JSON.parse(fs.readFileSync(${JSON.stringify(file())}, 'utf8')); } catch { torn++; } reads++; }
         process.stdout.write(JSON.stringify({ reads, torn }));`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    reader.stdout.on('data', (d) => (out += d));
    const done = new Promise((resolve) => reader.on('close', resolve));
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 1; i <= 60; i++)
      for (const name of ['api.A', 'api.B', 'api.C'] as const) store.set(name, big(i));
    writeFileSync(path.join(dataDir, 'stop'), '');
    await done;
    const { reads, torn } = JSON.parse(out) as { reads: number; torn: number };
    expect(reads).toBeGreaterThan(50);
    expect(torn).toBe(0);
  });

  it('reports a damaged file without quoting it and leaves it untouched', () => {
    const damaged = '{"format":"botloom-secrets/1","secrets":{"chatlayer.token":"tok-SECRET-123"';
    writeFileSync(file(), damaged, { mode: 0o600 });
    const store = createPlainFileStore({ dataDir });
    expect(() => store.get('chatlayer.token')).toThrow(
      /secrets file .*secrets\.json is not valid JSON; it was left as it is/,
    );
    let message = '';
    try {
      store.set('chatlayer.token', 'other');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Move it aside');
    expect(message).not.toContain('tok-SECRET-123');
    expect(() => store.list()).toThrow(/not valid JSON/);
    expect(readFileSync(file(), 'utf8')).toBe(damaged);
  });

  it('reports a JSON file of another shape as not a secrets file', () => {
    writeFileSync(file(), JSON.stringify({ secrets: ['x'] }));
    expect(() => createPlainFileStore({ dataDir }).list()).toThrow(/is not a botloom-secrets\/1 file/);
  });

  it('says it is plain text, where, and what to prefer in CI', () => {
    const storage = createPlainFileStore({ dataDir }).describe();
    expect(storage).toMatchObject({ backend: 'plain-file', encrypted: false, location: file() });
    expect(storage.warning).toBe(
      `stored as plain text in ${file()} (no OS keychain available): prefer BOTLOOM_CHATLAYER_TOKEN in CI`,
    );
  });
});
