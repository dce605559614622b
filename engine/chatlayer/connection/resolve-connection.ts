// The Chatlayer connection of a command or an app call (docs/chatlayer.md#connection): the project's settings, overridden by
// flags and environment; the token only from BOTLOOM_CHATLAYER_TOKEN or the secret store, never from a
// project file. Problems are typed, so the CLI and the app each say how to fix them in their own words.
import type { ChatlayerRegion, ChatlayerSettings } from '../../model';

/** Overrides of the project's settings (the CLI's flags). */
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
  /** Where the token came from, for status (never the token itself). */
  tokenSource: 'environment' | 'secret store';
}

export type ConnectionProblemCode =
  'bad-region' | 'bad-base-url' | 'bad-version' | 'no-bot' | 'no-channel' | 'no-token';

/** A connection that cannot be used as configured; `value` is the offending setting, when there is one. */
export class ConnectionProblem extends Error {
  constructor(
    readonly code: ConnectionProblemCode,
    readonly value?: string,
  ) {
    super(`The Chatlayer connection cannot be used: ${code}${value === undefined ? '' : ` '${value}'`}.`);
    this.name = 'ConnectionProblem';
  }
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
    throw new ConnectionProblem('bad-region', region);
  const baseUrl = flags.baseUrl ?? env.BOTLOOM_CHATLAYER_URL ?? settings?.baseUrl;
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new ConnectionProblem('bad-base-url', baseUrl);
  const version = (flags.version ?? settings?.version ?? 'DRAFT').toUpperCase();
  if (version !== 'DRAFT' && version !== 'LIVE') throw new ConnectionProblem('bad-version', version);
  const botId = flags.bot ?? settings?.botId;
  const channelId = flags.channel ?? settings?.webhookChannelId;
  if (need.bot && !botId) throw new ConnectionProblem('no-bot');
  if (need.channel && !channelId) throw new ConnectionProblem('no-channel');
  const envToken = env.BOTLOOM_CHATLAYER_TOKEN?.trim();
  const token = envToken || storedToken();
  if (!token) throw new ConnectionProblem('no-token');
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
