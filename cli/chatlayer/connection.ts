// The Chatlayer connection of a CLI command (SPEC §8): the project's settings, overridden by flags and
// environment; the token only from BOTLOOM_CHATLAYER_TOKEN or the secret store, never from a project file.
import type { ChatlayerRegion, ChatlayerSettings } from '../../engine/model';
import { CliError } from '../cli-error';

export interface ConnectionFlags {
  region?: string;
  baseUrl?: string;
  bot?: string;
  channel?: string;
  version?: string;
}

export interface ChatlayerConnection {
  region?: ChatlayerRegion;
  baseUrl?: string;
  botId?: string;
  channelId?: string;
  version: 'DRAFT' | 'LIVE';
  token: string;
  /** Where the token came from, for `status` (never the token itself). */
  tokenSource: 'environment' | 'secret store';
}

const REGIONS = ['eu', 'us', 'asia'] as const;

export function resolveConnection(
  settings: ChatlayerSettings | undefined,
  flags: ConnectionFlags,
  env: Record<string, string | undefined>,
  storedToken: () => string | undefined,
  need: { bot?: boolean; channel?: boolean } = {},
): ChatlayerConnection {
  const region = (flags.region ?? settings?.region)?.toLowerCase();
  if (region !== undefined && !(REGIONS as readonly string[]).includes(region))
    throw new CliError(`--region must be eu, us or asia, not '${region}'.`);
  const baseUrl = flags.baseUrl ?? env.BOTLOOM_CHATLAYER_URL ?? settings?.baseUrl;
  if (baseUrl !== undefined && !URL.canParse(baseUrl))
    throw new CliError(
      `The Chatlayer base URL '${baseUrl}' is not a URL (check --base-url or BOTLOOM_CHATLAYER_URL).`,
    );
  const version = (flags.version ?? settings?.version ?? 'DRAFT').toUpperCase();
  if (version !== 'DRAFT' && version !== 'LIVE')
    throw new CliError(`--version must be DRAFT or LIVE, not '${version}'.`);
  const botId = flags.bot ?? settings?.botId;
  const channelId = flags.channel ?? settings?.webhookChannelId;
  if (need.bot && !botId)
    throw new CliError("No Chatlayer bot id: pass --bot ID or set it in the project's Chatlayer settings.");
  if (need.channel && !channelId)
    throw new CliError(
      "No webhook channel id: pass --channel ID or set it in the project's Chatlayer settings (a webhook channel of the bot, Channels › Webhook).",
    );
  const envToken = env.BOTLOOM_CHATLAYER_TOKEN?.trim();
  const token = envToken || storedToken();
  if (!token)
    throw new CliError(
      'No Chatlayer access token: set BOTLOOM_CHATLAYER_TOKEN or run `botloom chatlayer login` (create a token in Chatlayer under Settings › Access tokens).',
    );
  return {
    ...(region ? { region: region as ChatlayerRegion } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(botId ? { botId } : {}),
    ...(channelId ? { channelId } : {}),
    version,
    token,
    tokenSource: envToken ? 'environment' : 'secret store',
  };
}
