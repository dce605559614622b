// What every `botloom chatlayer …` command and `botloom test --target chatlayer` share (docs/chatlayer.md#connection): the
// connection flags, the project's Chatlayer settings, the token (environment or secret store, never
// shown) and a client (engine/chatlayer's openConnection) whose failures become one clear sentence with
// exit code 2.
import { abortOnCtrlC } from '../ctrl-c';
import type { Command } from 'commander';
import {
  ChatlayerError,
  openConnection,
  type ChatlayerBot,
  type OpenChatlayer,
} from '../../engine/chatlayer';
import type { Project } from '../../engine/model';
import { CliError } from '../cli-error';
import { requireProject } from '../project-file-errors';
import { projectWithKeptIds } from './kept-ids';
import { resolveConnection, type ConnectionFlags } from './connection';
import { storedChatlayerToken } from './stored-token';

export { whereLabel, type OpenChatlayer } from '../../engine/chatlayer';

/** Adds `--region`, `--base-url`, `--bot`, `--channel` and `--version` to a command. */
export function addConnectionOptions(command: Command): Command {
  return command
    .option('--region <region>', "Chatlayer region: eu, us or asia (default: the project's, else eu)")
    .option('--base-url <url>', 'a custom API base URL (a proxy, a test server); also BOTLOOM_CHATLAYER_URL')
    .option('--bot <id>', "the Chatlayer bot id (default: the project's)")
    .option('--channel <id>', "the bot's webhook channel id (default: the project's)")
    .option('--version <version>', "DRAFT or LIVE (default: the project's, else DRAFT)");
}

/** The project named by a command, when it names one, with the Chatlayer ids kept beside it. */
export function optionalProject(file: string | undefined): Project | undefined {
  return file === undefined ? undefined : projectWithKeptIds(file, requireProject(file).project);
}

export interface OpenOptions {
  project?: Project | undefined;
  need?: { bot?: boolean; channel?: boolean };
  env?: NodeJS.ProcessEnv;
  /** More values to keep out of every message (the webhook verify token). */
  secrets?: readonly string[];
}

/** Resolves the connection and builds its client; a missing token, bot or channel is a CliError (exit 2). */
export function openChatlayer(flags: ConnectionFlags, options: OpenOptions = {}): OpenChatlayer {
  const env = options.env ?? process.env;
  const settings = options.project?.chatlayer;
  const connection = resolveConnection(settings, flags, env, storedChatlayerToken, options.need ?? {});
  return openConnection(connection, {
    settings,
    fetch: (url, init) => fetch(url, init),
    ...(options.secrets ? { secrets: options.secrets } : {}),
    // The client's lines come scrubbed; BOTLOOM_DEBUG shows every request and retry.
    ...(env.BOTLOOM_DEBUG ? { log: (line: string) => process.stderr.write(`chatlayer: ${line}\n`) } : {}),
  });
}

/** A Chatlayer failure as the CLI reports it: one sentence, exit 2; other errors keep their kind, scrubbed. */
export function chatlayerFailure(error: unknown, scrub: (text: string) => string): unknown {
  if (error instanceof CliError) return new CliError(scrub(error.message), error.exitCode);
  if (error instanceof ChatlayerError) return new CliError(scrub(error.message), 2);
  if (error instanceof Error) {
    error.message = scrub(error.message);
    if (error.stack) error.stack = scrub(error.stack);
  }
  return error;
}

/**
 * Runs a command's work with Ctrl+C wired to an AbortSignal (a second Ctrl+C quits at once) and its
 * failures reported as chatlayerFailure. Resolves false when the work was cancelled (exit code 130).
 */
export async function interruptible(
  work: (signal: AbortSignal) => Promise<void>,
  scrub: (text: string) => string,
  cancelled = 'cancelled.',
): Promise<boolean> {
  const ctrlC = abortOnCtrlC();
  try {
    await work(ctrlC.signal);
    return true;
  } catch (error) {
    if (ctrlC.signal.aborted) {
      process.stderr.write(`botloom: ${cancelled}\n`);
      process.exitCode = 130;
      return false;
    }
    throw chatlayerFailure(error, scrub);
  } finally {
    ctrlC.release();
  }
}

/** The sentence for a bot id the token does not reach (exit 2). */
export function unknownBot(botId: string, reachable: number, label: string): CliError {
  return new CliError(
    `Bot ${botId} is not among the ${reachable} bot${reachable === 1 ? '' : 's'} this token reaches at ${label}: check --bot or the project's Chatlayer settings (and the region).`,
    2,
  );
}

/** `GET /v1/bots`, the connection check; a 404 there means the address is not Chatlayer's API. */
export async function listBots(open: OpenChatlayer, signal?: AbortSignal): Promise<ChatlayerBot[]> {
  try {
    return await open.client.listBots(signal);
  } catch (e) {
    if (e instanceof ChatlayerError && e.code === 'chatlayer-not-found')
      throw new CliError(
        `${open.client.baseUrl} does not answer GET /v1/bots, so it is not Chatlayer's v1 API: check --base-url, BOTLOOM_CHATLAYER_URL or the region.`,
        2,
      );
    throw e;
  }
}
