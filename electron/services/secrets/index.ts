// Public surface of the secrets port: the store interface, its backends and the secrets.* host methods.
export { plainStorageWarning, type SecretStore } from './secret-store';
export { createPlainFileStore, PLAIN_SECRETS_FILE } from './plain-file-store';
export { createSafeStorageVault, VAULT_FILE, type SafeStorageCipher } from './safe-storage-vault';
export { createSecretServiceStore, openSecretServiceStore } from './secret-service-store';
export { createMacosKeychainStore, openMacosKeychainStore, namesInDump } from './macos-keychain-store';
export { openSystemSecretStore, type SystemSecretStoreOptions } from './open-secret-store';
export { createSecretsService } from './secrets-service';
export type { KeychainTool } from './keychain-command';
