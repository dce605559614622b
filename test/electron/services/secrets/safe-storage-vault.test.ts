// The desktop vault with a fake safeStorage (AES-GCM under a key the test holds, as Electron's is held
// by the OS keyring): encrypted at rest, honest about Linux's basic_text fallback, clear failures.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSafeStorageVault,
  VAULT_FILE,
  type SafeStorageCipher,
} from '../../../../electron/services/secrets';

function fakeSafeStorage(options: { backend?: string; available?: boolean } = {}) {
  let key = randomBytes(32);
  const cipher: SafeStorageCipher & { rotateKey(): void; available: boolean } = {
    available: options.available ?? true,
    isEncryptionAvailable() {
      return this.available;
    },
    encryptString(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(sealed) {
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    },
    ...(options.backend ? { getSelectedStorageBackend: () => options.backend! } : {}),
    rotateKey() {
      key = randomBytes(32);
    },
  };
  return cipher;
}

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'botloom-vault-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const TOKEN = 'id-4242:vault-secret-token-value';

describe('safeStorage vault', () => {
  it('keeps secrets encrypted in an owner-only vault file and reads them back', () => {
    const safeStorage = fakeSafeStorage({ backend: 'gnome_libsecret' });
    const vault = createSafeStorageVault({ dataDir, safeStorage, platform: 'linux' });
    vault.set('chatlayer.token', TOKEN);
    expect(createSafeStorageVault({ dataDir, safeStorage, platform: 'linux' }).get('chatlayer.token')).toBe(
      TOKEN,
    );
    const file = path.join(dataDir, VAULT_FILE);
    expect(readFileSync(file, 'utf8')).not.toContain(TOKEN);
    expect(readFileSync(file, 'utf8')).not.toContain(Buffer.from(TOKEN).toString('base64'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(vault.list()).toEqual(['chatlayer.token']);
    expect(vault.delete('chatlayer.token')).toBe(true);
    expect(vault.get('chatlayer.token')).toBeUndefined();
  });

  it('describes itself as encrypted, naming the keyring Electron chose', () => {
    const storage = createSafeStorageVault({
      dataDir,
      safeStorage: fakeSafeStorage({ backend: 'kwallet5' }),
      platform: 'linux',
    }).describe();
    expect(storage).toMatchObject({ backend: 'safe-storage', encrypted: true, warning: null });
    expect(storage.label).toContain('kwallet5');
    const mac = createSafeStorageVault({
      dataDir,
      safeStorage: fakeSafeStorage(),
      platform: 'darwin',
    }).describe();
    expect(mac.label).toContain('macOS keychain');
  });

  it("reports Linux's basic_text fallback as plain storage, with the warning", () => {
    const storage = createSafeStorageVault({
      dataDir,
      safeStorage: fakeSafeStorage({ backend: 'basic_text' }),
      platform: 'linux',
    }).describe();
    expect(storage.encrypted).toBe(false);
    expect(storage.warning).toMatch(
      /^stored as plain text in .*secrets\.vault\.json \(no OS keyring available, Electron safeStorage fell back to basic_text\): prefer BOTLOOM_CHATLAYER_TOKEN in CI$/,
    );
  });

  it('refuses to store when safeStorage has no key, and stores nothing', () => {
    const vault = createSafeStorageVault({
      dataDir,
      safeStorage: fakeSafeStorage({ available: false }),
      platform: 'linux',
    });
    expect(() => vault.set('chatlayer.token', TOKEN)).toThrow(/Encryption is not available/);
    expect(vault.list()).toEqual([]);
  });

  it('says which secret cannot be decrypted when the keyring key changed, without any value', () => {
    const safeStorage = fakeSafeStorage({ backend: 'gnome_libsecret' });
    const vault = createSafeStorageVault({ dataDir, safeStorage, platform: 'linux' });
    vault.set('api.shopToken', TOKEN);
    safeStorage.rotateKey();
    let message = '';
    try {
      vault.get('api.shopToken');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(
      /The secret api\.shopToken in .* could not be decrypted .*store the secret again/,
    );
    expect(message).not.toContain(TOKEN);
  });
});
