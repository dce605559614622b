// Calls that act on a conversation (a user message into the webhook channel, agent sendMessages) are
// never repeated once they may have been processed: a 5xx can come after the bot took the message, so
// the message must reach the conversation once. Only a request that provably never left (connection
// refused) is tried again; reads keep their retries.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import {
  createChatlayerClient,
  failedBeforeSending,
  isRetryable,
  type ChatlayerError,
  type ChatlayerFetch,
} from '../../../../engine/chatlayer/client';
import { caught, clientFor, TOKEN } from './fixtures';
import { pizza } from './pizza-bot';

let fake: FakeChatlayer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const WEBHOOK = '/v1/channels/webhook/channel-1/messages';
const refused = () =>
  Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
  });

describe('no double sends', () => {
  it('does not repeat a webhook user message answered 502 after it was processed', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza });
    const { client } = clientFor(fake);
    await client.webhookMessage('channel-1', { conversationId: 'c1', message: { introMessage: {} } });
    await fake.idle();
    fake.inject({ status: 502, method: 'POST', path: WEBHOOK, afterProcessing: true });
    const e = (await caught(
      client.webhookMessage('channel-1', {
        conversationId: 'c1',
        message: { textMessage: { text: 'I want a pizza' } },
      }),
    )) as ChatlayerError;
    await fake.idle();
    expect(e.code).toBe('chatlayer-server');
    expect(e.message).toContain('Not sent again: Chatlayer may have processed it already');
    const said = fake.state.conversations[0]!.messages.filter(
      (m) => (m.message as { text?: string }).text === 'I want a pizza',
    );
    expect(said).toHaveLength(1);
    expect(fake.state.requests.filter((r) => r.path === WEBHOOK).map((r) => r.status)).toEqual([200, 502]);
  });

  it('does not repeat agent sendMessages answered 500 after they went out', async () => {
    fake = await startFakeChatlayer({
      token: TOKEN,
      conversations: [{ sessionId: 'conv-1' }],
    });
    const { client } = clientFor(fake);
    fake.inject({ status: 500, method: 'POST', afterProcessing: true });
    const e = (await caught(client.sendMessages('conv-1', ['An agent will call you.']))) as ChatlayerError;
    expect(e.code).toBe('chatlayer-server');
    expect(fake.state.actions).toEqual([{ conversationId: 'conv-1', texts: ['An agent will call you.'] }]);
    expect(fake.state.requests).toHaveLength(1);
  });

  it('still retries reads after a 5xx', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, conversations: [{ sessionId: 'conv-1' }] });
    const { client } = clientFor(fake);
    fake.inject({ status: 503, method: 'GET', count: 2 });
    await expect(client.listMessages('conv-1')).resolves.toEqual([]);
    expect(fake.state.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('retries a user message whose connection was refused before sending, and nothing else', async () => {
    const calls: string[] = [];
    let failures = 2;
    const fetchStub: ChatlayerFetch = async (url) => {
      calls.push(url);
      if (failures-- > 0) throw refused();
      return { status: 200, headers: { get: () => null }, text: async () => '{}' };
    };
    const client = createChatlayerClient({
      baseUrl: 'http://127.0.0.1:9',
      token: TOKEN,
      fetch: fetchStub,
      sleep: async () => {},
    });
    await client.webhookMessage('channel-1', {
      conversationId: 'c',
      message: { textMessage: { text: 'hi' } },
    });
    expect(calls).toHaveLength(3);

    // A connection reset may come after the server read the request: not repeated.
    const reset: ChatlayerFetch = async (url) => {
      calls.push(url);
      throw Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    };
    calls.length = 0;
    const withBot = createChatlayerClient({
      baseUrl: 'http://127.0.0.1:9',
      token: TOKEN,
      botId: 'b',
      fetch: reset,
      sleep: async () => {},
    });
    const lost = (await caught(withBot.sendMessages('c', ['x']))) as ChatlayerError;
    expect(calls).toHaveLength(1);
    expect(lost.code).toBe('chatlayer-network');
    expect(lost.message).toContain('Not sent again');
  });

  it('tells a refused connection (never sent) from other failures', () => {
    expect(failedBeforeSending(refused())).toBe(true);
    const dns = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    expect(failedBeforeSending(dns)).toBe(true);
    const both = Object.assign(new TypeError('fetch failed'), {
      cause: new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }]),
    });
    expect(failedBeforeSending(both)).toBe(true);
    const mixed = Object.assign(new TypeError('fetch failed'), {
      cause: new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'ECONNRESET' }]),
    });
    expect(failedBeforeSending(mixed)).toBe(false);
    expect(failedBeforeSending(new TypeError('fetch failed'))).toBe(false);
    expect(isRetryable({ network: true, notSent: true }, false)).toBe(true);
    expect(isRetryable({ network: true }, false)).toBe(false);
    expect(isRetryable({ status: 502 }, false)).toBe(false);
    expect(isRetryable({ status: 502 }, true)).toBe(true);
  });
});
