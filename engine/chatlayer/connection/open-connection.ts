// A resolved connection made usable: its client, the project's export ids, and a scrubber that keeps the
// token (and other secrets of the connection) out of every message. Shared by the CLI and the app host.
import type { ChatlayerBot } from '../api';
import type { ChatlayerSettings } from '../../model';
import { createChatlayerClient, type ChatlayerClient } from '../client/chatlayer-client';
import type { ChatlayerFetch } from '../client/chatlayer-request';
import { scrubSecret } from '../client/chatlayer-error';
import type { ChatlayerConnection } from './resolve-connection';

export interface OpenChatlayer {
  connection: ChatlayerConnection;
  client: ChatlayerClient;
  settings: ChatlayerSettings | undefined;
  /** The Chatlayer id of a Botloom block (the project's export ids), or the id as given. */
  chatlayerIdOf(blockId: string): string;
  /** The text with the token (and other secrets of this connection) taken out. */
  scrub(text: string): string;
}

export interface OpenConnectionOptions {
  settings: ChatlayerSettings | undefined;
  fetch: ChatlayerFetch;
  /** More values to keep out of every message (the webhook verify token). */
  secrets?: readonly string[];
  /** Every request and retry, already scrubbed. */
  log?: (line: string) => void;
}

export function openConnection(
  connection: ChatlayerConnection,
  options: OpenConnectionOptions,
): OpenChatlayer {
  const { settings } = options;
  // Chatlayer tokens are long; scrubbing a few letters would garble every message instead.
  const secrets = [connection.token, ...(options.secrets ?? [])].filter((s) => s.length >= 8);
  const scrub = (text: string) => secrets.reduce((t, s) => scrubSecret(t, s), text);
  const log = options.log;
  const client = createChatlayerClient({
    ...(connection.region ? { region: connection.region } : {}),
    ...(connection.baseUrl ? { baseUrl: connection.baseUrl } : {}),
    token: connection.token,
    ...(connection.botId ? { botId: connection.botId } : {}),
    version: connection.version,
    fetch: options.fetch,
    ...(settings?.pauseEndpoint ? { pauseEndpoint: settings.pauseEndpoint } : {}),
    ...(settings?.resumeEndpoint ? { resumeEndpoint: settings.resumeEndpoint } : {}),
    ...(log ? { log: (line: string) => log(scrub(line)) } : {}),
  });
  return {
    connection,
    client,
    settings,
    chatlayerIdOf: (blockId) => settings?.ids?.[blockId] ?? blockId,
    scrub,
  };
}

/** What `status` tells about a checked connection (GET /v1/bots answered), never the token. */
export interface ConnectionStatus {
  /** "region EU" or the custom host. */
  label: string;
  baseUrl: string;
  tokenSource: ChatlayerConnection['tokenSource'];
  version: ChatlayerConnection['version'];
  /** The bots the token reaches (id and name only; the API's other fields stay out). */
  bots: { id: string; name: string | null }[];
  /** The project's bot id, and whether the token reaches it; null when none is set. */
  bot: { id: string; name: string | null; found: boolean } | null;
  channelId: string | null;
}

export function connectionStatus(open: OpenChatlayer, bots: readonly ChatlayerBot[]): ConnectionStatus {
  const { connection, client } = open;
  const found = connection.botId ? bots.find((b) => b.id === connection.botId) : undefined;
  return {
    label: client.label,
    baseUrl: client.baseUrl,
    tokenSource: connection.tokenSource,
    version: connection.version,
    bots: bots.map((b) => ({ id: b.id, name: b.name ?? null })),
    bot: connection.botId ? { id: connection.botId, name: found?.name ?? null, found: Boolean(found) } : null,
    channelId: connection.channelId ?? null,
  };
}

/** "bot bot-1 (DRAFT) at region EU": where a command acted. */
export function whereLabel(open: OpenChatlayer): string {
  const { connection, client } = open;
  return `${connection.botId ? `bot ${connection.botId} ` : ''}(${connection.version}) at ${client.label}`;
}
