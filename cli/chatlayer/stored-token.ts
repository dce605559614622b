// The CLI's secret store (docs/chatlayer.md#connection): the OS keychain through its tool, else the plain file, in the app's
// data folder (the same defaultDataDir() as `botloom serve`); and the Chatlayer token that
// `botloom chatlayer login` keeps there, which other commands hand to resolveConnection as storedToken.
import { CHATLAYER_TOKEN_SECRET, HostError } from '../../electron/api';
import { openSystemSecretStore, type SecretStore } from '../../electron/services/secrets';
import { defaultDataDir } from '../../electron/web/serve';
import { removeStaleDataFolderFiles } from '../../electron/services/temp-files';
import { CliError } from '../cli-error';

/** A secret store failure as the CLI reports it: its sentence, exit 2. */
export function secretStoreFailure(error: unknown): unknown {
  return error instanceof HostError ? new CliError(error.message, 2) : error;
}

export function openCliSecretStore(env: NodeJS.ProcessEnv = process.env): SecretStore {
  try {
    const dataDir = defaultDataDir();
    // As the app does at start-up: leftovers of a killed write in the data folder go.
    removeStaleDataFolderFiles(dataDir);
    return openSystemSecretStore({ dataDir, env });
  } catch (error) {
    throw secretStoreFailure(error);
  }
}

/** The stored Chatlayer token, or undefined when `botloom chatlayer login` has not kept one. */
export function storedChatlayerToken(): string | undefined {
  try {
    return openCliSecretStore().get(CHATLAYER_TOKEN_SECRET)?.trim() || undefined;
  } catch (error) {
    throw secretStoreFailure(error);
  }
}
