// The Analytics API client of an open connection: same token, region (or custom base URL: the fake and
// proxies serve both APIs on one host), bot and version; the connection's scrubbed log.
import { ChatlayerError } from '../client/chatlayer-error';
import type { ChatlayerFetch } from '../client/chatlayer-request';
import type { OpenChatlayer } from '../connection/open-connection';
import { createAnalyticsClient, type AnalyticsClient } from './analytics-client';

export function openAnalytics(
  open: OpenChatlayer,
  fetch: ChatlayerFetch,
  log?: (line: string) => void,
): AnalyticsClient {
  const { connection } = open;
  if (!connection.botId)
    throw new ChatlayerError(
      'chatlayer-config',
      "No Chatlayer bot id: traffic is counted per bot; set it in the project's Chatlayer settings.",
    );
  return createAnalyticsClient({
    ...(connection.region ? { region: connection.region } : {}),
    ...(connection.baseUrl ? { baseUrl: connection.baseUrl } : {}),
    token: connection.token,
    botId: connection.botId,
    version: connection.version,
    fetch,
    ...(log ? { log: (line: string) => log(open.scrub(line)) } : {}),
  });
}
