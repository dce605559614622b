// The OS keychain backends against fake `secret-tool` and `security` executables that record their argv
// and stdin: the value travels on stdin only, reads back intact, and failures say what to do.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createMacosKeychainStore,
  openMacosKeychainStore,
  openSecretServiceStore,
  openSystemSecretStore,
  type SecretStore,
} from '../../../../electron/services/secrets';
import { installFakeSecretTool, installFakeSecurity, type FakeTool } from './fake-keychain-tools';

const TOKEN = 'id-77:keychain-secret-token-value';
const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function fake(install: () => FakeTool): FakeTool {
  const tool = install();
  cleanup.push(tool.dir);
  return tool;
}
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-keychain-data-'));
  cleanup.push(dir);
  return dir;
}
const opened = (store: SecretStore | { unavailable: string }): SecretStore => {
  if ('unavailable' in store) throw new Error(store.unavailable);
  return store;
};

describe('Secret Service backend (secret-tool)', () => {
  it('stores through stdin, never argv, and reads, lists and clears by name', () => {
    const tool = fake(installFakeSecretTool);
    const store = opened(openSecretServiceStore({ env: tool.env }));
    store.set('chatlayer.token', TOKEN);
    store.set('api.shopToken', 'shop-value');
    expect(store.get('chatlayer.token')).toBe(TOKEN);
    expect(store.get('api.missing')).toBeUndefined();
    expect(store.list()).toEqual(['api.shopToken', 'chatlayer.token']);
    expect(store.delete('api.shopToken')).toBe(true);
    expect(store.delete('api.shopToken')).toBe(false);
    expect(store.list()).toEqual(['chatlayer.token']);

    const calls = tool.calls();
    const store1 = calls.find((c) => c.argv[0] === 'store' && c.argv.includes('chatlayer.token'))!;
    expect(store1.argv).toEqual([
      'store',
      '--label',
      'Botloom chatlayer.token',
      'application',
      'botloom',
      'botloom-secret',
      'chatlayer.token',
    ]);
    expect(store1.stdin).toBe(TOKEN);
    for (const call of calls) expect(call.argv.join('\n')).not.toContain(TOKEN);
  });

  it('is unavailable, with the reason, when secret-tool is missing or no service answers', () => {
    const emptyPath = tempDir();
    expect(openSecretServiceStore({ env: { PATH: emptyPath } })).toEqual({
      unavailable: 'secret-tool is not installed (package libsecret-tools)',
    });
    const tool = fake(installFakeSecretTool);
    tool.breakService('secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY');
    expect(openSecretServiceStore({ env: tool.env })).toEqual({
      unavailable:
        'no Secret Service answered secret-tool: secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY',
    });
  });

  it('reports a keyring failure after opening as one sentence with what to do', () => {
    const tool = fake(installFakeSecretTool);
    const store = opened(openSecretServiceStore({ env: tool.env }));
    tool.breakService('secret-tool: Cannot create an item in a locked collection');
    expect(() => store.set('chatlayer.token', TOKEN)).toThrow(
      'secret-tool could not store chatlayer.token: secret-tool: Cannot create an item in a locked collection. Unlock the keyring or check that a Secret Service (GNOME Keyring, KWallet) runs.',
    );
  });

  it('refuses a value longer than secret-tool reads from stdin', () => {
    const tool = fake(installFakeSecretTool);
    const store = opened(openSecretServiceStore({ env: tool.env }));
    expect(() => store.set('api.big', 'x'.repeat(8192))).toThrow(/longer than secret-tool accepts \(8 KiB\)/);
  });
});

describe('macOS keychain backend (security)', () => {
  it('writes the command to `security -i` on stdin, never the value in argv, and reads it back', () => {
    const tool = fake(installFakeSecurity);
    const store = opened(openMacosKeychainStore({ command: tool.command }));
    store.set('chatlayer.token', TOKEN);
    store.set('api.quoted', 'it\'s "tricky"\nand multi-line é');
    expect(store.get('chatlayer.token')).toBe(TOKEN);
    expect(store.get('api.quoted')).toBe('it\'s "tricky"\nand multi-line é');
    expect(store.get('api.missing')).toBeUndefined();
    expect(store.list()).toEqual(['api.quoted', 'chatlayer.token']);
    expect(store.delete('api.quoted')).toBe(true);
    expect(store.delete('api.quoted')).toBe(false);

    const calls = tool.calls();
    const add = calls.find((c) => c.argv[0] === '-i')!;
    expect(add.argv).toEqual(['-i']);
    expect(add.stdin).toMatch(
      /^add-generic-password -U -s 'botloom' -a 'chatlayer\.token' -l 'Botloom chatlayer\.token' -w botloom-base64:\S+\n$/,
    );
    for (const call of calls) expect(call.argv.join('\n')).not.toContain(TOKEN);
    expect(JSON.stringify(calls)).not.toContain(TOKEN);
  });

  it('reads an item added by hand, without the encoding prefix, as it is', () => {
    const tool = fake(installFakeSecurity);
    // What `security add-generic-password -s botloom -a chatlayer.token -w` (prompted) leaves behind.
    tool.seed({ 'botloom/chatlayer.token': TOKEN });
    expect(createMacosKeychainStore({ command: tool.command }).get('chatlayer.token')).toBe(TOKEN);
  });

  it('is unavailable when the security tool is missing', () => {
    const missing = path.join(tempDir(), 'security');
    expect(openMacosKeychainStore({ command: missing })).toEqual({ unavailable: `${missing} is missing` });
  });
});

describe('choosing the store without Electron', () => {
  it('uses the keychain tool when it answers', () => {
    const tool = fake(installFakeSecretTool);
    const store = openSystemSecretStore({
      dataDir: tempDir(),
      platform: 'linux',
      env: { PATH: tool.env.PATH },
    });
    expect(store.describe()).toMatchObject({ backend: 'secret-service', encrypted: true, warning: null });
  });

  it('falls back to the plain file, saying why, when there is no keychain', () => {
    const dataDir = tempDir();
    const store = openSystemSecretStore({ dataDir, platform: 'linux', env: { PATH: tempDir() } });
    const storage = store.describe();
    expect(storage.backend).toBe('plain-file');
    expect(storage.label).toContain('since secret-tool is not installed');
    expect(storage.warning).toBe(
      `stored as plain text in ${path.join(dataDir, 'secrets.json')} (no OS keychain available): prefer BOTLOOM_CHATLAYER_TOKEN in CI`,
    );
  });

  it('obeys BOTLOOM_SECRET_STORE=file and =keychain, and refuses other values', () => {
    const tool = fake(installFakeSecretTool);
    const file = openSystemSecretStore({
      dataDir: tempDir(),
      platform: 'linux',
      env: { PATH: tool.env.PATH, BOTLOOM_SECRET_STORE: 'file' },
    });
    expect(file.describe().backend).toBe('plain-file');
    expect(() =>
      openSystemSecretStore({
        dataDir: tempDir(),
        platform: 'linux',
        env: { PATH: tempDir(), BOTLOOM_SECRET_STORE: 'keychain' },
      }),
    ).toThrow(
      'BOTLOOM_SECRET_STORE=keychain, but secret-tool is not installed (package libsecret-tools): install the keychain tool or unset BOTLOOM_SECRET_STORE.',
    );
    expect(() =>
      openSystemSecretStore({ dataDir: tempDir(), env: { BOTLOOM_SECRET_STORE: 'vault' } }),
    ).toThrow("BOTLOOM_SECRET_STORE must be auto, file or keychain, not 'vault'.");
  });
});
