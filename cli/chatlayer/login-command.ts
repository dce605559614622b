// `botloom chatlayer login [project]` and `logout` (docs/chatlayer.md#connection): check an access token with
// `GET /v1/bots` and keep it in the secret store (OS keychain, else a plain file with a warning), or
// remove it. The token comes from a hidden prompt or stdin, never from an argument, and is never printed.
import { Option, type Command } from 'commander';
import {
  ChatlayerError,
  createChatlayerClient,
  scrubSecret,
  type ChatlayerBot,
  type ChatlayerTarget,
} from '../../engine/chatlayer';
import { CHATLAYER_TOKEN_SECRET } from '../../electron/api';
import type { SecretStore } from '../../electron/services/secrets';
import { CliError } from '../cli-error';
import { requireProject } from '../project-file-errors';
import { resolveConnection } from './connection';
import { openCliSecretStore, secretStoreFailure } from './stored-token';
import { checkTokenShape, promptHidden, readAllInput } from './token-input';

interface LoginFlags {
  region?: string;
  baseUrl?: string;
  tokenStdin?: boolean;
  check: boolean;
  token?: string;
}

const CHECK_TIMEOUT_MS = 30_000;

export function registerLogin(group: Command): void {
  group
    .command('login')
    .description(
      'check a Chatlayer access token (GET /v1/bots) and keep it in the OS keychain; typed at a hidden prompt or piped on stdin',
    )
    .argument(
      '[project]',
      'a project whose Chatlayer region or base URL to check against (flags override it)',
    )
    .option('--region <region>', "Chatlayer region: eu, us or asia (default: the project's, else eu)")
    .option('--base-url <url>', 'a custom API base URL (a proxy, a test server); also BOTLOOM_CHATLAYER_URL')
    .option('--token-stdin', 'read the token from stdin (the default when stdin is not a terminal)')
    .option('--no-check', 'keep the token without checking it with Chatlayer')
    // Refused with a sentence rather than commander's "unknown option", since people will try it.
    .addOption(new Option('--token <token>').hideHelp())
    .action(async (file: string | undefined, flags: LoginFlags) => {
      if (flags.token !== undefined)
        throw new CliError(
          'botloom never takes a token as an argument (other users can read arguments in the process list): pipe it on stdin or type it at the prompt.',
          2,
        );
      const env = process.env;
      const settings = file === undefined ? undefined : requireProject(file).project.chatlayer;
      // Where to check: resolved (and the flags validated) before asking for the token.
      const { BOTLOOM_CHATLAYER_TOKEN: _ignored, ...envWithoutToken } = env;
      const { region, baseUrl } = resolveConnection(settings, flags, envWithoutToken, () => 'not yet read');
      const target: ChatlayerTarget = { ...(region ? { region } : {}), ...(baseUrl ? { baseUrl } : {}) };
      const store = openCliSecretStore(env);
      const token = await readToken(flags);
      if (token === null) {
        process.stderr.write('botloom: login cancelled; nothing was stored.\n');
        process.exitCode = 130;
        return;
      }
      if (flags.check) process.stdout.write(await checkToken(target, token));
      const storage = keep(store, token);
      process.stdout.write(
        `${flags.check ? 'Kept' : 'Kept (not checked, --no-check)'} the Chatlayer token in ${storage.label}.\n`,
      );
      if (storage.warning) process.stderr.write(`botloom: warning: the token is ${storage.warning}\n`);
      if (env.BOTLOOM_CHATLAYER_TOKEN?.trim())
        process.stderr.write(
          'botloom: note: BOTLOOM_CHATLAYER_TOKEN is set and wins over the stored token.\n',
        );
    });
}

export function registerLogout(group: Command): void {
  group
    .command('logout')
    .description('remove the Chatlayer token that `botloom chatlayer login` kept')
    .action(() => {
      const store = openCliSecretStore();
      let removed: boolean;
      try {
        removed = store.delete(CHATLAYER_TOKEN_SECRET);
      } catch (error) {
        throw secretStoreFailure(error);
      }
      const where = store.describe().label;
      process.stdout.write(
        removed
          ? `Removed the Chatlayer token from ${where}.\n`
          : `No Chatlayer token was kept in ${where}; nothing to remove.\n`,
      );
      if (process.env.BOTLOOM_CHATLAYER_TOKEN?.trim())
        process.stderr.write('botloom: note: BOTLOOM_CHATLAYER_TOKEN is still set in this environment.\n');
    });
}

/** `GET /v1/bots` with the token: the sentence to print, or a CliError (exit 2) saying why not. */
async function checkToken(target: ChatlayerTarget, token: string): Promise<string> {
  const client = createChatlayerClient({ ...target, token, fetch: (url, init) => fetch(url, init) });
  let bots: ChatlayerBot[];
  try {
    bots = await client.listBots(AbortSignal.timeout(CHECK_TIMEOUT_MS));
  } catch (error) {
    throw refused(error, token);
  }
  const reach =
    bots.length === 0
      ? 'no bots yet'
      : `${bots.length} bot${bots.length === 1 ? '' : 's'} (${bots.map((b) => b.id).join(', ')})`;
  return `Chatlayer at ${client.label} accepted the token: it reaches ${reach}.\n`;
}

async function readToken(flags: LoginFlags): Promise<string | null> {
  if (flags.tokenStdin || !process.stdin.isTTY)
    return checkTokenShape(await readAllInput(process.stdin), 'stdin');
  const typed = await promptHidden('Chatlayer access token (hidden): ', process.stdin, process.stderr);
  return typed === null ? null : checkTokenShape(typed, 'prompt');
}

function keep(store: SecretStore, token: string) {
  try {
    store.set(CHATLAYER_TOKEN_SECRET, token);
    return store.describe();
  } catch (error) {
    const failure = secretStoreFailure(error);
    if (failure instanceof Error) failure.message = scrubSecret(failure.message, token);
    throw failure;
  }
}

/** Why the check failed, as one sentence without the token; nothing is stored. Exit 2. */
function refused(error: unknown, token: string): CliError {
  const why =
    error instanceof ChatlayerError
      ? error.message
      : `The check failed: ${(error as Error)?.message ?? error}.`;
  const timeout = error instanceof ChatlayerError && error.code === 'chatlayer-aborted';
  return new CliError(
    `${scrubSecret(timeout ? `Chatlayer did not answer GET /v1/bots within ${CHECK_TIMEOUT_MS / 1000} s.` : why, token)} Nothing was stored.`,
    2,
  );
}
