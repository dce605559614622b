// The macOS keychain backend through /usr/bin/security. `add-generic-password -w VALUE` would put the
// value in argv, visible to `ps`; so the command is written to `security -i` on stdin instead (as
// zalando/go-keyring and jaraco/keyring do), the value base64-encoded so that it needs no quoting and
// reads back unmangled. Limit: one interactive line holds about 4 KiB, so values up to ~3,000 characters.
import { HostError, SecretName, type SecretStorage } from '../../api';
import { firstLine, runKeychainTool, type KeychainTool } from './keychain-command';
import type { SecretStore } from './secret-store';

const SERVICE = 'botloom';
const ENCODED = 'botloom-base64:';
const LINE_LIMIT = 4000;
/** `security` exits with errSecItemNotFound's low byte when nothing matches. */
const NOT_FOUND = 44;

export const MACOS_KEYCHAIN_STORAGE: SecretStorage = {
  backend: 'macos-keychain',
  label: 'the macOS keychain',
  encrypted: true,
  location: null,
  warning: null,
};

export function openMacosKeychainStore(
  tool: Partial<KeychainTool> = {},
): SecretStore | { unavailable: string } {
  const security: KeychainTool = { command: '/usr/bin/security', ...tool };
  const probe = runKeychainTool(security, ['default-keychain']);
  if (probe === 'missing') return { unavailable: `${security.command} is missing` };
  if (probe.status !== 0) return { unavailable: `there is no default keychain (${firstLine(probe.stderr)})` };
  return createMacosKeychainStore(security);
}

export function createMacosKeychainStore(tool: KeychainTool): SecretStore {
  const run = (args: string[], input?: string) => {
    const answer = runKeychainTool(tool, args, input);
    if (answer === 'missing') throw new HostError('secrets-keychain-failed', `${tool.command} is missing.`);
    return answer;
  };
  const failed = (verb: string, name: string, stderr: string) =>
    new HostError(
      'secrets-keychain-failed',
      `The macOS keychain could not ${verb} ${name}: ${firstLine(stderr) || 'security gave no reason'}. Unlock the login keychain and try again.`,
    );
  const get = (name: string): string | undefined => {
    const r = run(['find-generic-password', '-s', SERVICE, '-a', name, '-w']);
    if (r.status === NOT_FOUND) return undefined;
    if (r.status !== 0) throw failed('read', name, r.stderr);
    const raw = r.stdout.replace(/\n$/, '');
    // Items added by hand (`security add-generic-password -s botloom -a NAME -w`) are taken as they are.
    return raw.startsWith(ENCODED) ? Buffer.from(raw.slice(ENCODED.length), 'base64').toString('utf8') : raw;
  };
  return {
    get,
    set(name, value) {
      const line = `add-generic-password -U -s ${quote(SERVICE)} -a ${quote(name)} -l ${quote(`Botloom ${name}`)} -w ${ENCODED}${Buffer.from(value, 'utf8').toString('base64')}\n`;
      if (line.length > LINE_LIMIT)
        throw new HostError(
          'secrets-too-long',
          `The value of ${name} is longer than the macOS keychain tool accepts (about 3,000 characters).`,
        );
      const r = run(['-i'], line);
      // `security -i` may exit 0 after a failed command: read the item back to be sure it is stored.
      if (r.status !== 0 || get(name) !== value) throw failed('store', name, r.stderr);
    },
    delete(name) {
      const r = run(['delete-generic-password', '-s', SERVICE, '-a', name]);
      if (r.status === NOT_FOUND) return false;
      if (r.status !== 0) throw failed('remove', name, r.stderr);
      return true;
    },
    list() {
      // Without -d, dump-keychain lists attributes only, never the secrets.
      const r = run(['dump-keychain']);
      if (r.status !== 0) throw failed('list', 'the stored secrets', r.stderr);
      return namesInDump(r.stdout);
    },
    describe: () => MACOS_KEYCHAIN_STORAGE,
  };
}

/** Single quotes for `security -i`'s word splitting (names are validated; this is belt and braces). */
function quote(word: string): string {
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}

/** The accounts of the generic passwords of service "botloom" in a `security dump-keychain` listing. */
export function namesInDump(dump: string): SecretName[] {
  const names = new Set<SecretName>();
  for (const item of dump.split(/^keychain: /m)) {
    if (!/^\s*class: "genp"/m.test(item)) continue;
    const service = /"svce"<blob>="([^"]*)"/.exec(item)?.[1];
    const account = /"acct"<blob>="([^"]*)"/.exec(item)?.[1];
    if (service !== SERVICE || account === undefined) continue;
    const parsed = SecretName.safeParse(account);
    if (parsed.success) names.add(parsed.data);
  }
  return [...names].sort();
}
