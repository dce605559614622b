// A client wired to a fake Chatlayer server, capturing every log line for the token checks.
import { createChatlayerClient, type ChatlayerClientOptions } from '../../../../engine/chatlayer/client';
import type { FakeChatlayer } from '../../../fixtures/fake-chatlayer';

export const TOKEN = 'tok3nId42:s3cr3t-Value-0f-The-Token';

export function clientFor(
  fake: FakeChatlayer,
  extra: Partial<ChatlayerClientOptions> = {},
): { client: ReturnType<typeof createChatlayerClient>; lines: string[] } {
  const lines: string[] = [];
  const client = createChatlayerClient({
    baseUrl: fake.url,
    token: TOKEN,
    botId: '1001',
    fetch: (url, init) => fetch(url, init),
    log: (line) => lines.push(line),
    baseDelayMs: 20,
    ...extra,
  });
  return { client, lines };
}

/** The wait of each retry, from the client's log lines (`retry n/m of … in X ms`). */
export function retryWaits(lines: readonly string[]): number[] {
  return lines.flatMap((l) => {
    const m = /retry \d+\/\d+ of .* in (\d+) ms/.exec(l);
    return m ? [Number(m[1])] : [];
  });
}

export async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}
