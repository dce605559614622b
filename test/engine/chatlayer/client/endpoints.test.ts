// The v1 conversation endpoints against the fake server: paging, messages, session data, intents.
import { afterEach, describe, expect, it } from 'vitest';
import {
  startFakeChatlayer,
  type FakeChatlayer,
  type SeedConversation,
} from '../../../fixtures/fake-chatlayer';
import type { ChatlayerError } from '../../../../engine/chatlayer/client';
import { caught, clientFor, TOKEN } from './fixtures';
import { pizza } from './pizza-bot';

let fake: FakeChatlayer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
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
});
