// Picks the secret store of a process without Electron (the CLI, the web host): the OS keychain through
// its command-line tool when one answers, otherwise the plain file with its warning.
// BOTLOOM_SECRET_STORE=file forces the file (containers), =keychain refuses to fall back to it.
import { HostError } from '../../api';
import type { KeychainTool } from './keychain-command';
import { openMacosKeychainStore } from './macos-keychain-store';
import { createPlainFileStore } from './plain-file-store';
import { openSecretServiceStore } from './secret-service-store';
import type { SecretStore } from './secret-store';

export interface SystemSecretStoreOptions {
  /** The app's data folder (defaultDataDir() or Electron's userData): where the plain file goes. */
  dataDir: string;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Overrides of the keychain tool (tests): the command and the environment it runs with. */
  keychainTool?: Partial<KeychainTool>;
}

export function openSystemSecretStore(options: SystemSecretStoreOptions): SecretStore {
  const env = options.env ?? process.env;
  const choice = env.BOTLOOM_SECRET_STORE?.trim().toLowerCase() || 'auto';
  if (!['auto', 'file', 'keychain'].includes(choice))
    throw new HostError(
      'secrets-invalid-choice',
      `BOTLOOM_SECRET_STORE must be auto, file or keychain, not '${env.BOTLOOM_SECRET_STORE}'.`,
    );
  if (choice === 'file')
    return createPlainFileStore({ dataDir: options.dataDir, reason: 'BOTLOOM_SECRET_STORE=file' });
  const keychain = openKeychain(options.platform ?? process.platform, { env, ...options.keychainTool });
  if (!('unavailable' in keychain)) return keychain;
  if (choice === 'keychain')
    throw new HostError(
      'secrets-unavailable',
      `BOTLOOM_SECRET_STORE=keychain, but ${keychain.unavailable}: install the keychain tool or unset BOTLOOM_SECRET_STORE.`,
    );
  return createPlainFileStore({ dataDir: options.dataDir, detail: keychain.unavailable });
}

/** The keychain store, or why there is none (shown in the plain file's label). */
function openKeychain(
  platform: NodeJS.Platform,
  tool: Partial<KeychainTool>,
): SecretStore | { unavailable: string } {
  if (platform === 'darwin') return openMacosKeychainStore(tool);
  if (platform === 'win32')
    return { unavailable: 'Windows has no keychain tool that can read a secret back (use the desktop app)' };
  return openSecretServiceStore(tool);
}
