// The secrets port (docs/architecture.md#secrets): named secrets kept outside project files, behind one of several
// backends (Electron safeStorage vault, OS keychain tool, plain file). Synchronous on purpose: the CLI
// resolves its Chatlayer token in a synchronous step, and every backend can answer without an event loop.
import type { SecretName, SecretStorage } from '../../api';

export interface SecretStore {
  /** The value, or undefined when nothing is stored under that name. */
  get(name: SecretName): string | undefined;
  set(name: SecretName, value: string): void;
  /** True when something was removed. */
  delete(name: SecretName): boolean;
  /** The names stored, sorted; never the values. */
  list(): SecretName[];
  /** Which backend keeps the secrets and, when they are not encrypted, a warning sentence. */
  describe(): SecretStorage;
}

/** The warning of every backend that keeps secrets readable by anyone who can read the file. */
export function plainStorageWarning(file: string, reason: string): string {
  return `stored as plain text in ${file} (${reason}): prefer BOTLOOM_CHATLAYER_TOKEN in CI`;
}
