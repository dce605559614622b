// The last-resort backend: secrets as plain JSON in the app's data folder (0600, atomic writes), used
// when neither Electron's safeStorage nor an OS keychain tool is there. It says so in describe().
import path from 'node:path';
import { SecretName, type SecretStorage } from '../../api';
import { openSecretFile } from './secret-file';
import { plainStorageWarning, type SecretStore } from './secret-store';

export const PLAIN_SECRETS_FILE = 'secrets.json';
const FORMAT = 'botloom-secrets/1';

export function createPlainFileStore(options: {
  dataDir: string;
  /** Why plain, in the warning's brackets; default "no OS keychain available". */
  reason?: string;
  /** Why there is no keychain (e.g. "secret-tool is not installed"), for the label. */
  detail?: string;
}): SecretStore {
  const file = openSecretFile(path.join(options.dataDir, PLAIN_SECRETS_FILE), FORMAT);
  const storage: SecretStorage = {
    backend: 'plain-file',
    label: `a plain file (${file.path})${options.detail ? `, since ${options.detail}` : ''}`,
    encrypted: false,
    location: file.path,
    warning: plainStorageWarning(file.path, options.reason ?? 'no OS keychain available'),
  };
  return {
    get(name) {
      const entries = file.read();
      return Object.hasOwn(entries, name) ? entries[name] : undefined;
    },
    set(name, value) {
      file.write({ ...file.read(), [name]: value });
    },
    delete(name) {
      const entries = file.read();
      if (!Object.hasOwn(entries, name)) return false;
      delete entries[name];
      file.write(entries);
      return true;
    },
    list: () => storedNames(file.read()),
    describe: () => storage,
  };
}

/** The valid names among a file's keys, sorted (a hand-edited key that is not a name is ignored). */
export function storedNames(entries: Record<string, unknown>): SecretName[] {
  return Object.keys(entries)
    .filter((k) => SecretName.safeParse(k).success)
    .sort();
}
