// The Linux keychain backend: the Secret Service (GNOME Keyring, KWallet) through libsecret's
// `secret-tool`. The value goes to `secret-tool store` on stdin, never in argv (stdin is read to EOF,
// at most 8 KiB); `lookup` prints it on stdout, which only this process reads.
import { HostError, SecretName, type SecretStorage } from '../../api';
import { firstLine, runKeychainTool, type KeychainTool } from './keychain-command';
import type { SecretStore } from './secret-store';

const APPLICATION = ['application', 'botloom'];
const nameAttribute = 'botloom-secret';
/** secret-tool reads at most 8192 bytes from stdin and silently cuts the rest. */
const STDIN_LIMIT = 8191;

export const SECRET_SERVICE_STORAGE: SecretStorage = {
  backend: 'secret-service',
  label: 'the OS keyring (Secret Service, through secret-tool)',
  encrypted: true,
  location: null,
  warning: null,
};

/**
 * The store when `secret-tool` exists and a Secret Service answers; otherwise why not, for the
 * fallback's warning.
 */
export function openSecretServiceStore(
  tool: Partial<KeychainTool> = {},
): SecretStore | { unavailable: string } {
  const secretTool: KeychainTool = { command: 'secret-tool', ...tool };
  // A lookup of an item that cannot exist: exit 1 and silence means the service answered.
  const probe = runKeychainTool(secretTool, ['lookup', ...APPLICATION, nameAttribute, '.probe']);
  if (probe === 'missing') return { unavailable: 'secret-tool is not installed (package libsecret-tools)' };
  if (probe.status !== 0 && probe.stderr.trim())
    return { unavailable: `no Secret Service answered secret-tool: ${firstLine(probe.stderr)}` };
  return createSecretServiceStore(secretTool);
}

export function createSecretServiceStore(tool: KeychainTool): SecretStore {
  const attributes = (name: string) => [...APPLICATION, nameAttribute, name];
  const run = (args: string[], input?: string) => {
    const answer = runKeychainTool(tool, args, input);
    if (answer === 'missing')
      throw new HostError(
        'secrets-keychain-failed',
        `${tool.command} is no longer installed (package libsecret-tools).`,
      );
    return answer;
  };
  const failed = (verb: string, name: string, stderr: string) =>
    new HostError(
      'secrets-keychain-failed',
      `secret-tool could not ${verb} ${name}: ${firstLine(stderr) || 'it gave no reason'}. Unlock the keyring or check that a Secret Service (GNOME Keyring, KWallet) runs.`,
    );
  return {
    get(name) {
      const r = run(['lookup', ...attributes(name)]);
      if (r.status === 0) return r.stdout;
      if (!r.stderr.trim()) return undefined;
      throw failed('read', name, r.stderr);
    },
    set(name, value) {
      if (Buffer.byteLength(value) > STDIN_LIMIT)
        throw new HostError(
          'secrets-too-long',
          `The value of ${name} is longer than secret-tool accepts (8 KiB).`,
        );
      const r = run(['store', '--label', `Botloom ${name}`, ...attributes(name)], value);
      if (r.status !== 0) throw failed('store', name, r.stderr);
    },
    delete(name) {
      const r = run(['clear', ...attributes(name)]);
      if (r.status === 0) return true;
      if (!r.stderr.trim()) return false;
      throw failed('remove', name, r.stderr);
    },
    list() {
      // `search` prints each secret on stdout (ignored here) and the attributes on stderr.
      const r = run(['search', '--all', ...APPLICATION]);
      if (r.status !== 0)
        throw new HostError(
          'secrets-keychain-failed',
          'secret-tool could not list the stored secrets: unlock the keyring and try again.',
        );
      const names = new Set<SecretName>();
      for (const m of r.stderr.matchAll(/^attribute\.botloom-secret = (.+)$/gm)) {
        const parsed = SecretName.safeParse(m[1]!.trim());
        if (parsed.success) names.add(parsed.data);
      }
      return [...names].sort();
    },
    describe: () => SECRET_SERVICE_STORAGE,
  };
}
