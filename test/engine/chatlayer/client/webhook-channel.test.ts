// The v1 webhook channel against the fake server: the bot runs behind it and delivers Messenger-shaped
// messages (recipient.id, opaque button payloads) to a webhook receiver; clicks by payload, triggers,
// negative conformance, pause/resume, code and API blocks.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import type { ChatlayerError } from '../../../../engine/chatlayer/client';
import { caught, clientFor, TOKEN } from './fixtures';
import { Project } from '../../../../engine/model';
import { pizza } from './pizza-bot';

let fake: FakeChatlayer | undefined;
let receiver: http.Server | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  receiver?.closeAllConnections();
  await new Promise((r) => (receiver ? receiver.close(r) : r(undefined)));
  receiver = undefined;
});

/** A webhook receiver collecting what the fake Chatlayer delivers. */
type Received = {
  recipient?: { id: string };
  senderId?: string;
  verifyToken?: string;
  message: Record<string, unknown>;
};

async function startReceiver(): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/chatlayer/webhook`, received };
}

/** A 40-hex-digit payload, like the documented ones: nothing in it names the button or its target. */
const OPAQUE = /^[0-9a-f]{40}$/;

/** The payload a delivered message gives the button or quick reply titled `title`. */
function payloadOf(message: Record<string, unknown>, title: string): string {
  const m = message as {
    quick_replies?: { title: string; payload: string }[];
    attachment?: { payload: { buttons?: { title: string; payload?: string }[] } };
  };
  const all = [...(m.quick_replies ?? []), ...(m.attachment?.payload.buttons ?? [])];
  const payload = all.find((b) => b.title === title)?.payload;
  expect(payload).toMatch(OPAQUE);
  return payload!;
}

describe('v1 webhook channel against the fake server', () => {
  it('runs the bot behind the webhook channel and delivers Messenger-shaped messages to the webhook URL', async () => {
    const { url, received } = await startReceiver();
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza, webhookUrl: url, verifyToken: 'vt' });
    const { client } = clientFor(fake);
    await client.webhookMessage('channel-1', {
      conversationId: 'c1',
      message: { introMessage: {} },
      sessionData: { user: { name: 'Ann' } },
    });
    await fake.idle();
    const pizzaPayload = payloadOf(received[1]!.message, 'Pizza');
    await client.webhookMessage('channel-1', {
      conversationId: 'c1',
      message: { postbackMessage: { title: 'Pizza', payload: pizzaPayload } },
    });
    await fake.idle();
    // A quick reply is pressed as a postback with the payload it came with: typed text equal to its
    // title would be a message for the NLP, as in Chatlayer, not a press.
    const largePayload = payloadOf(received[2]!.message, 'Large');
    await client.webhookMessage('channel-1', {
      conversationId: 'c1',
      message: { postbackMessage: { title: 'Large', payload: largePayload } },
    });
    await fake.idle();
    // As the channel's page shows it: the conversation under recipient.id, no senderId.
    expect(received.map((r) => [r.recipient?.id, r.senderId, r.verifyToken])).toEqual(
      Array(5).fill(['c1', undefined, 'vt']),
    );
    expect(received.map((r) => r.message)).toEqual([
      { text: 'Welcome Ann!' },
      {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'button',
            text: 'Pizza or pasta?',
            buttons: [
              { type: 'postback', title: 'Pizza', payload: pizzaPayload },
              { type: 'web_url', title: 'Menu', url: 'https://example.com' },
            ],
          },
        },
      },
      {
        text: 'Size?',
        quick_replies: [{ content_type: 'text', title: 'Large', payload: largePayload }],
      },
      { attachment: { type: 'image', payload: { url: 'https://example.com/pizza.png' } } },
      { text: 'Done.' },
    ]);
    // The conversation shows in the API, as Chatlayer lists it.
    const messages = await client.listMessages('c1');
    expect(messages.map((m) => m.actor)).toEqual(['user', 'bot', 'bot', 'user', 'bot', 'user', 'bot', 'bot']);
    expect(messages[3]!.message).toEqual({
      messageType: 'postback',
      title: 'Pizza',
      payload: pizzaPayload,
      parameters: [],
    });
    expect(await client.getSessionData('c1')).toMatchObject({ user: { name: 'Ann' } });
  });

  it('starts at a block from a postback with nextDialogstateId and session data (a trigger)', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza });
    const { client } = clientFor(fake);
    await client.webhookMessage('channel-1', {
      conversationId: 'c2',
      message: {
        postbackMessage: {
          title: 'go',
          nextDialogstateId: 'a0b1-pizza',
          sessionDataToSet: [{ key: 'order.size', value: 'L' }],
        },
      },
    });
    await fake.idle();
    expect(fake.state.deliveries.map((d) => d.message)).toEqual([
      {
        text: 'Size?',
        quick_replies: [{ content_type: 'text', title: 'Large', payload: expect.stringMatching(OPAQUE) }],
      },
    ]);
    expect(await client.getSessionData('c2')).toMatchObject({ order: { size: 'L' } });
  });

  it('answers differently when told to (negative conformance)', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza, transform: (t) => t.toUpperCase() });
    const { client } = clientFor(fake);
    await client.webhookMessage('channel-1', {
      conversationId: 'c3',
      message: { introMessage: {} },
      sessionData: { user: { name: 'Bo' } },
    });
    await fake.idle();
    expect(fake.state.deliveries[0]!.message).toEqual({ text: 'WELCOME BO!' });
  });

  it('pauses and resumes through the configured endpoint; without one, says what to configure', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza });
    const { client } = clientFor(fake, {
      pauseEndpoint: 'POST /v1/bots/{botId}/conversations/{conversationId}/pause',
      resumeEndpoint: '/v1/bots/{botId}/conversations/{conversationId}/resume',
    });
    await client.webhookMessage('channel-1', { conversationId: 'c4', message: { introMessage: {} } });
    await fake.idle();
    await client.pause('c4');
    await client.webhookMessage('channel-1', {
      conversationId: 'c4',
      message: { postbackMessage: { title: 'Pizza' } },
    });
    await fake.idle();
    expect(fake.state.deliveries).toHaveLength(2);
    await client.resume('c4');
    await client.webhookMessage('channel-1', {
      conversationId: 'c4',
      message: { postbackMessage: { title: 'Pizza' } },
    });
    await fake.idle();
    expect(fake.state.deliveries).toHaveLength(3);

    const bare = clientFor(fake).client;
    const e = (await caught(bare.pause('c4'))) as ChatlayerError;
    expect(e.code).toBe('chatlayer-config');
    expect(e.message).toContain('"pauseEndpoint"');
    const elsewhere = clientFor(fake, { pauseEndpoint: 'POST https://evil.example/{conversationId}' }).client;
    expect(((await caught(elsewhere.pause('c4'))) as ChatlayerError).message).toContain(
      'only sent to that host',
    );
  });

  it('runs code blocks in the QuickJS sandbox and API blocks against the project mocks', async () => {
    const bot = Project.parse({
      format: 'botloom/1',
      name: 'Code',
      startBlock: 'price',
      mocks: [{ method: 'GET', url: 'https://shop.example.com/stock', body: { count: 7 } }],
      flows: [
        {
          id: 'main',
          name: 'Main',
          blocks: [
            {
              id: 'price',
              type: 'code',
              code: "ChatlayerResponseBuilder().addSessionVariable('total', 6 * 7).send();",
              next: 'stock',
            },
            {
              id: 'stock',
              type: 'api',
              method: 'GET',
              url: 'https://shop.example.com/stock',
              saveAs: 'stock',
              next: 'show',
            },
            {
              id: 'show',
              type: 'message',
              messages: [{ kind: 'text', text: 'Total {total}, {stock.count} in stock' }],
            },
          ],
        },
      ],
    });
    fake = await startFakeChatlayer({ token: TOKEN, project: bot });
    const { client } = clientFor(fake);
    await client.webhookMessage('channel-1', { conversationId: 'c5', message: { introMessage: {} } });
    await fake.idle();
    expect(fake.state.errors).toEqual([]);
    expect(fake.state.deliveries.map((d) => d.message)).toEqual([{ text: 'Total 42, 7 in stock' }]);
  }, 20_000);

  it('refuses an unknown webhook channel or bot as not found', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza });
    const { client } = clientFor(fake, { botId: 'other' });
    expect(
      (
        (await caught(
          client.webhookMessage('nope', { conversationId: 'c', message: { introMessage: {} } }),
        )) as ChatlayerError
      ).code,
    ).toBe('chatlayer-not-found');
    expect(((await caught(client.listConversations())) as ChatlayerError).unusableConnection).toBe(true);
  });
});
