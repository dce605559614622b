// The desktop app's backend: each secret encrypted by Electron's safeStorage (key in the macOS keychain,
// Windows DPAPI or the Linux keyring) and kept in a vault file in the app's data folder. safeStorage is
// injected by electron/main, so this module never imports 'electron'.
import path from 'node:path';
import { HostError, type SecretStorage } from '../../api';
import { storedNames } from './plain-file-store';
import { openSecretFile } from './secret-file';
import { plainStorageWarning, type SecretStore } from './secret-store';

/** The part of Electron's `safeStorage` the vault uses (electron/types/electron.d.ts). */
export interface SafeStorageCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'gnome_libsecret', 'kwallet5', … or 'basic_text' when no keyring was found. */
  getSelectedStorageBackend?(): string;
}

export const VAULT_FILE = 'secrets.vault.json';
const FORMAT = 'botloom-vault/1';

export function createSafeStorageVault(options: {
  dataDir: string;
  safeStorage: SafeStorageCipher;
  platform?: NodeJS.Platform;
}): SecretStore {
  const { safeStorage } = options;
  const file = openSecretFile(path.join(options.dataDir, VAULT_FILE), FORMAT);
  const describe = (): SecretStorage =>
    vaultStorage(file.path, safeStorage, options.platform ?? process.platform);
  const requireEncryption = () => {
    if (!safeStorage.isEncryptionAvailable())
      throw new HostError(
        'secrets-unavailable',
        'Encryption is not available (Electron safeStorage has no key yet): restart Botloom, and on Linux unlock your keyring.',
      );
  };
  return {
    get(name) {
      const entries = file.read();
      if (!Object.hasOwn(entries, name)) return undefined;
      requireEncryption();
      try {
        return safeStorage.decryptString(Buffer.from(entries[name]!, 'base64'));
      } catch {
        throw new HostError(
          'secrets-undecryptable',
          `The secret ${name} in ${file.path} could not be decrypted (the key in the OS keyring changed or is locked): unlock the keyring or store the secret again.`,
        );
      }
    },
    set(name, value) {
      requireEncryption();
      const sealed = safeStorage.encryptString(value).toString('base64');
      file.write({ ...file.read(), [name]: sealed });
    },
    delete(name) {
      const entries = file.read();
      if (!Object.hasOwn(entries, name)) return false;
      delete entries[name];
      file.write(entries);
      return true;
    },
    list: () => storedNames(file.read()),
    describe,
  };
}

function vaultStorage(
  file: string,
  safeStorage: SafeStorageCipher,
  platform: NodeJS.Platform,
): SecretStorage {
  const keyring =
    platform === 'darwin'
      ? 'key in the macOS keychain'
      : platform === 'win32'
        ? 'Windows DPAPI'
        : (safeStorage.getSelectedStorageBackend?.() ?? 'unknown keyring');
  // Electron's Linux fallback encrypts with a hard-coded password: as readable as plain text.
  if (keyring === 'basic_text')
    return {
      backend: 'safe-storage',
      label: `a vault file (${file}) that Electron could not encrypt`,
      encrypted: false,
      location: file,
      warning: plainStorageWarning(
        file,
        'no OS keyring available, Electron safeStorage fell back to basic_text',
      ),
    };
  return {
    backend: 'safe-storage',
    label: `an encrypted vault (Electron safeStorage, ${keyring})`,
    encrypted: true,
    location: file,
    warning: null,
  };
}
