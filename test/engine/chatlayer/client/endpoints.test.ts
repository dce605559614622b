import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startFakeChatlayer,
  type FakeChatlayer,
  type SeedConversation,
} from '../../../fixtures/fake-chatlayer';
import type { ChatlayerError } from '../../../../engine/chatlayer/client';
import { Project } from '../../../../engine/model';
import { caught, clientFor, TOKEN } from './fixtures';

let fake: FakeChatlayer | undefined;
let receiver: http.Server | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  receiver?.closeAllConnections();
  await new Promise((r) => (receiver ? receiver.close(r) : r(undefined)));
  receiver = undefined;
});

const seeded = (n: number): SeedConversation[] =>
  Array.from({ length: n }, (_, i) => ({
    sessionId: `s${i + 1}`,
    createdAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
    messages: [
      {
        actor: 'user',
        timestamp: '2024-01-01T00:00:00Z',
        message: { messageType: 'text', text: `hello ${i + 1}` },
      },
      { actor: 'bot', timestamp: '2024-01-01T00:00:01Z', message: { text: 'Hi!' } },
    ],
    sessionData: { user: { name: `User ${i + 1}` } },
  }));

const pizza = Project.parse({
  format: 'botloom/1',
  name: 'Pizza',
  startBlock: 'welcome',
  intents: [
    { id: 'order_pizza', examples: ['I want a pizza', 'order a pizza please'] },
    { id: 'greet', examples: ['hello there', 'good morning'] },
  ],
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        {
          id: 'welcome',
          type: 'message',
          messages: [
            { kind: 'text', text: 'Welcome {user.name}!' },
            {
              kind: 'buttons',
              text: 'Pizza or pasta?',
              buttons: [
                { title: 'Pizza', goTo: 'pizza' },
                { title: 'Menu', url: 'https://example.com' },
              ],
            },
          ],
        },
        {
          id: 'pizza',
          type: 'message',
          messages: [{ kind: 'quickReplies', text: 'Size?', replies: [{ title: 'Large', goTo: 'done' }] }],
        },
        {
          id: 'done',
          type: 'message',
          messages: [
            { kind: 'image', url: 'https://example.com/pizza.png' },
            { kind: 'text', text: 'Done.' },
          ],
        },
      ],
    },
  ],
  chatlayer: { ids: { pizza: 'a0b1-pizza' } },
});

/** A webhook receiver collecting what the fake Chatlayer delivers. */
async function startReceiver(): Promise<{
  url: string;
  received: { senderId: string; verifyToken?: string; message: Record<string, unknown> }[];
}> {
  const received: { senderId: string; verifyToken?: string; message: Record<string, unknown> }[] = [];
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

describe('v1 endpoints against the fake server', () => {
  it('pages through conversations (pages from 1, 10 by default, at most 100)', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, conversations: seeded(250) });
    const { client } = clientFor(fake, { version: 'LIVE' });
    const first = await client.listConversations();
    expect(first).toMatchObject({ page: 1, limit: 10 });
    expect(first.conversations.map((c) => c.user.sessionId)).toEqual(
      Array.from({ length: 10 }, (_, i) => `s${i + 1}`),
    );
    expect((await client.listConversations({ page: 3, limit: 500 })).conversations[0]!.user.sessionId).toBe(
      's201',
    );
    const all: string[] = [];
    for await (const c of client.allConversations()) all.push(c.user.sessionId);
    expect(all).toHaveLength(250);
    expect(new Set(all).size).toBe(250);
    const pages = fake.state.requests.filter((r) => r.path.endsWith('/conversations'));
    expect(pages.slice(2).map((r) => r.query)).toEqual([
      { version: 'LIVE', page: '1', limit: '100' },
      { version: 'LIVE', page: '2', limit: '100' },
      { version: 'LIVE', page: '3', limit: '100' },
    ]);
  });

  it('passes `since` on and stops at a short page', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, conversations: seeded(30) });
    const { client } = clientFor(fake);
    const ids: string[] = [];
    for await (const c of client.allConversations({ since: '2024-01-21T00:00:00.000Z', limit: 5 }))
      ids.push(c.user.sessionId);
    expect(ids).toEqual(['s21', 's22', 's23', 's24', 's25', 's26', 's27', 's28', 's29', 's30']);
  });

  it('lists messages, reads and clears session data, sends agent messages', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, conversations: seeded(2) });
    const { client } = clientFor(fake);
    expect(await client.listMessages('s2')).toEqual([
      { actor: 'user', timestamp: '2024-01-01T00:00:00Z', message: { messageType: 'text', text: 'hello 2' } },
      { actor: 'bot', timestamp: '2024-01-01T00:00:01Z', message: { text: 'Hi!' } },
    ]);
    expect(await client.getSessionData('s1')).toEqual({ user: { name: 'User 1' } });
    await client.deleteSessionData('s1');
    expect(await client.getSessionData('s1')).toEqual({});
    await client.sendMessages('s2', ['An agent here.', 'How can I help?']);
    expect(fake.state.actions).toEqual([
      { conversationId: 's2', texts: ['An agent here.', 'How can I help?'] },
    ]);
    const e = (await caught(client.getSessionData('nope'))) as ChatlayerError;
    expect(e.code).toBe('chatlayer-not-found');
  });

  it('extracts intents by word overlap, unless the override table says otherwise', async () => {
    fake = await startFakeChatlayer({
      token: TOKEN,
      project: pizza,
      nlpOverrides: { 'good morning': [{ intent: 'order_pizza', score: 0.9 }] },
    });
    const { client } = clientFor(fake);
    const pizzaScores = await client.nlpExtract('I want a pizza', 'en');
    expect(pizzaScores.intents[0]).toEqual({ intent: 'order_pizza', score: 1 });
    expect((await client.nlpExtract('Good morning', 'en')).intents).toEqual([
      { intent: 'order_pizza', score: 0.9 },
    ]);
  });

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
    await client.webhookMessage('channel-1', {
      conversationId: 'c1',
      message: { postbackMessage: { title: 'Pizza' } },
    });
    await fake.idle();
    await client.webhookMessage('channel-1', {
      conversationId: 'c1',
      message: { textMessage: { text: 'Large' } },
    });
    await fake.idle();
    expect(received.map((r) => [r.senderId, r.verifyToken])).toEqual(Array(5).fill(['c1', 'vt']));
    expect(received.map((r) => r.message)).toEqual([
      { text: 'Welcome Ann!' },
      {
        attachment: {
          type: 'template',
          payload: {
            template_type: 'button',
            text: 'Pizza or pasta?',
            buttons: [
              {
                type: 'postback',
                title: 'Pizza',
                payload: '{"title":"Pizza","nextDialogstateId":"a0b1-pizza"}',
              },
              { type: 'web_url', title: 'Menu', url: 'https://example.com' },
            ],
          },
        },
      },
      {
        text: 'Size?',
        quick_replies: [
          { content_type: 'text', title: 'Large', payload: '{"title":"Large","nextDialogstateId":"done"}' },
        ],
      },
      { attachment: { type: 'image', payload: { url: 'https://example.com/pizza.png' } } },
      { text: 'Done.' },
    ]);
    // The conversation shows in the API, as Chatlayer lists it.
    const messages = await client.listMessages('c1');
    expect(messages.map((m) => m.actor)).toEqual(['user', 'bot', 'bot', 'user', 'bot', 'user', 'bot', 'bot']);
    expect(messages[3]!.message).toEqual({ messageType: 'postback', title: 'Pizza', parameters: [] });
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
        quick_replies: [
          { content_type: 'text', title: 'Large', payload: '{"title":"Large","nextDialogstateId":"done"}' },
        ],
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
