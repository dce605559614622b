import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import { ChatlayerError, createChatlayerClient } from '../../../../engine/chatlayer/client';
import { caught, clientFor, TOKEN } from './fixtures';

let fake: FakeChatlayer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const start = async () => (fake = await startFakeChatlayer({ token: TOKEN }));

/** Everything a failure exposes: message, stack, own properties, inspection. */
const exposed = (e: unknown) =>
  [String(e), (e as Error).stack ?? '', JSON.stringify(e), inspect(e, { depth: 8, showHidden: true })].join(
    '\n',
  );

describe('errors', () => {
  it('turns a refused token into one clear sentence naming the region, without retrying', async () => {
    await start();
    const { client } = clientFor(fake!, { token: 'wrong-token-value' });
    const e = (await caught(client.listBots())) as ChatlayerError;
    expect(e).toBeInstanceOf(ChatlayerError);
    expect(e.code).toBe('chatlayer-unauthorized');
    expect(e.unusableConnection).toBe(true);
    expect(e.message).toBe(
      `The token was refused for ${new URL(fake!.url).host}: create a token in Settings › Access tokens.`,
    );
    expect(fake!.state.requests).toHaveLength(1);
  });

  it('names the region in the sentence when connecting by region', async () => {
    const client = createChatlayerClient({
      region: 'eu',
      token: TOKEN,
      fetch: async () => ({ status: 403, headers: new Headers(), text: async () => '{"error":"Forbidden"}' }),
    });
    const e = (await caught(client.listBots())) as ChatlayerError;
    expect(e.code).toBe('chatlayer-forbidden');
    expect(e.message).toBe(
      'The token was refused for region EU: create a token in Settings › Access tokens.',
    );
  });

  it('never shows the token in a log line or an error, even when the platform echoes it', async () => {
    await start();
    const { client, lines } = clientFor(fake!, { maxTries: 2 });
    const failures: unknown[] = [];
    fake!.inject({ status: 500, count: 2, body: { error: `bad header Bearer ${TOKEN}` } });
    failures.push(await caught(client.listBots()));
    fake!.inject({ status: 400, body: { error: `token ${TOKEN.split(':')[1]} is malformed` } });
    failures.push(await caught(client.nlpExtract('hi', 'en')));
    fake!.inject({
      status: 200,
      body: { data: [{ id: TOKEN }], note: TOKEN, bad: 1 },
      path: '/v1/bots/1001/conversations',
    });
    failures.push(await caught(client.listConversations({ page: 1 })));
    fake!.inject({ status: 401 });
    failures.push(await caught(client.listBots()));
    failures.push(await caught(client.pause('c1')));
    const unreachable = clientFor({ url: 'http://127.0.0.1:9' } as FakeChatlayer, { maxTries: 1 });
    failures.push(await caught(unreachable.client.listBots()));
    const everything = [...lines, ...unreachable.lines, ...failures.map(exposed)].join('\n');
    expect(failures.every((f) => f instanceof ChatlayerError)).toBe(true);
    expect(lines.length).toBeGreaterThan(4);
    expect(everything).not.toContain(TOKEN);
    for (const half of TOKEN.split(':')) expect(everything).not.toContain(half);
    expect(everything).toContain('«token»');
  });

  it('reports an unexpected answer with the endpoint and the JSON path', async () => {
    await start();
    const { client } = clientFor(fake!);
    fake!.inject({
      status: 200,
      body: { data: [{ user: { id: 'u1', sessionId: 's1' } }, { user: { id: 'u2' } }] },
    });
    const e = (await caught(client.listConversations())) as ChatlayerError;
    expect(e.code).toBe('chatlayer-unexpected');
    expect(e.endpoint).toBe('GET /v1/bots/{botId}/conversations');
    expect(e.jsonPath).toBe('data[1].user.sessionId');
    expect(e.message).toContain('GET /v1/bots/{botId}/conversations');
    expect(e.message).toContain('data[1].user.sessionId');
  });

  it('reports an answer that is not JSON', async () => {
    const client = createChatlayerClient({
      baseUrl: 'http://proxy.example',
      token: TOKEN,
      fetch: async () => ({ status: 200, headers: new Headers(), text: async () => '<html>Gateway</html>' }),
    });
    const e = (await caught(client.listBots())) as ChatlayerError;
    expect(e.code).toBe('chatlayer-unexpected');
    expect(e.message).toContain('not JSON: <html>Gateway</html>');
  });

  it('cancels a slow call when its signal aborts', async () => {
    await start();
    fake!.inject({ delayMs: 2000 });
    const { client } = clientFor(fake!);
    const started = Date.now();
    const e = (await caught(client.listBots(AbortSignal.timeout(50)))) as ChatlayerError;
    expect(e.code).toBe('chatlayer-aborted');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('cancels while waiting to retry after a 429', async () => {
    await start();
    fake!.inject({ status: 429, retryAfterSeconds: 30 });
    const { client } = clientFor(fake!);
    const controller = new AbortController();
    const pending = caught(client.listBots(controller.signal));
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    expect(((await pending) as ChatlayerError).code).toBe('chatlayer-aborted');
    expect(fake!.state.requests).toHaveLength(1);
  });

  it('refuses a client without a token, and bot calls without a bot id, as configuration errors', async () => {
    expect(() => createChatlayerClient({ token: ' ', fetch })).toThrow(/No Chatlayer access token/);
    const client = createChatlayerClient({ token: TOKEN, fetch });
    const e = (await caught(client.listMessages('c1'))) as ChatlayerError;
    expect(e.code).toBe('chatlayer-config');
    expect(e.unusableConnection).toBe(true);
  });
});
