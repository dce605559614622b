// The desktop app's secret store: secrets encrypted with Electron's safeStorage in a vault file in the
// app's data folder, injected into the host; without encryption, the CLI's keychain tool or plain file.
import { safeStorage } from 'electron';
import { createSafeStorageVault, openSystemSecretStore, type SecretStore } from '../services/secrets';

/** Call after `app.whenReady()`: before it, safeStorage reports no encryption on Linux and Windows. */
export function openAppSecretStore(dataDir: string): SecretStore {
  if (safeStorage.isEncryptionAvailable()) return createSafeStorageVault({ dataDir, safeStorage });
  return openSystemSecretStore({ dataDir });
}
