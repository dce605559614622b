// The Chatlayer connection of an app call (docs/chatlayer.md#connection): the project's Chatlayer settings as the panel edits
// them, the token from BOTLOOM_CHATLAYER_TOKEN or the secret store. Problems and Chatlayer's failures
// become HostErrors whose one sentence says what to change in the panel; none carries the token.
import {
  ChatlayerError,
  ConnectionProblem,
  openConnection,
  resolveConnection,
  type ChatlayerBot,
  type ChatlayerFetch,
  type OpenChatlayer,
} from '../../../engine/chatlayer';
import type { Project } from '../../../engine/model';
import { HostError } from '../../api';

export interface TokenSource {
  /** BOTLOOM_CHATLAYER_TOKEN and the like; the environment wins over the secret store. */
  env: Record<string, string | undefined>;
  /** The token kept in the secret store (`chatlayer.token`), if any. */
  stored(): string | undefined;
}

function appSentence(problem: ConnectionProblem): string {
  switch (problem.code) {
    case 'bad-region':
      return `The region '${problem.value}' is not one of EU, US or Asia: choose one in the Chatlayer panel's Connection section.`;
    case 'bad-base-url':
      return `The Chatlayer base URL '${problem.value}' is not a URL: correct it in the Chatlayer panel's Connection section.`;
    case 'bad-version':
      return `The version must be DRAFT or LIVE, not '${problem.value}'.`;
    case 'no-bot':
      return "No Chatlayer bot id: enter it in the Chatlayer panel's Connection section (Chatlayer shows it in the bot's address).";
    case 'no-channel':
      return "No webhook channel id: enter it in the Chatlayer panel's Connection section (a webhook channel of the bot, Channels › Webhook).";
    case 'no-token':
      return "No Chatlayer access token: enter one in the Chatlayer panel's Connection section (create it in Chatlayer under Settings › Access tokens), or set BOTLOOM_CHATLAYER_TOKEN.";
  }
}

/** Opens the project's connection; a missing token, bot or channel is a HostError `chatlayer-not-configured`. */
export function openProjectConnection(
  project: Project,
  token: TokenSource,
  options: { need?: { bot?: boolean; channel?: boolean }; secrets?: string[]; fetch: ChatlayerFetch },
): OpenChatlayer {
  // Only the token comes from the environment: what the panel shows is what the app uses.
  const env = { BOTLOOM_CHATLAYER_TOKEN: token.env.BOTLOOM_CHATLAYER_TOKEN };
  try {
    const connection = resolveConnection(project.chatlayer, {}, env, token.stored, options.need ?? {});
    return openConnection(connection, {
      settings: project.chatlayer,
      fetch: options.fetch,
      ...(options.secrets ? { secrets: options.secrets } : {}),
    });
  } catch (e) {
    if (e instanceof ConnectionProblem) throw new HostError('chatlayer-not-configured', appSentence(e));
    throw e;
  }
}

/**
 * A failure as the app reports it: Chatlayer's own errors keep their code (`chatlayer-unauthorized`,
 * `chatlayer-network`…) and sentence, every message scrubbed of the connection's secrets.
 */
export function hostFailure(error: unknown, scrub: (text: string) => string): unknown {
  if (error instanceof HostError) return new HostError(error.code, scrub(error.message), error.issues);
  if (error instanceof ChatlayerError) return new HostError(error.code, scrub(error.message));
  if (error instanceof Error) return new HostError('failed', scrub(error.message));
  return new HostError('failed', scrub(String(error)));
}

/** An answer with the connection's secrets taken out of every text in it (live texts come from outside). */
export const scrubbed = <T>(value: T, scrub: (text: string) => string): T =>
  JSON.parse(scrub(JSON.stringify(value))) as T;

/** `GET /v1/bots`, the connection check; a 404 there means the address is not Chatlayer's API. */
export async function listBots(open: OpenChatlayer, signal?: AbortSignal): Promise<ChatlayerBot[]> {
  try {
    return await open.client.listBots(signal);
  } catch (e) {
    if (e instanceof ChatlayerError && e.code === 'chatlayer-not-found')
      throw new HostError(
        'chatlayer-not-found',
        `${open.client.baseUrl} does not answer GET /v1/bots, so it is not Chatlayer's v1 API: check the base URL or the region in the Chatlayer panel's Connection section.`,
      );
    throw e;
  }
}

/** The sentence for a bot id the token does not reach. */
export function unknownBotSentence(botId: string, reachable: number, label: string): string {
  return `Bot ${botId} is not among the ${reachable} bot${reachable === 1 ? '' : 's'} this token reaches at ${label}: check the bot id (and the region) in the Chatlayer panel's Connection section.`;
}

/** Checks the token and the bot before a run: a refused token or an unknown bot stops it here. */
export async function requireBot(open: OpenChatlayer, signal?: AbortSignal): Promise<void> {
  const bots = await listBots(open, signal);
  const botId = open.connection.botId;
  if (botId && !bots.some((b) => b.id === botId))
    throw new HostError('chatlayer-unknown-bot', unknownBotSentence(botId, bots.length, open.client.label));
}
