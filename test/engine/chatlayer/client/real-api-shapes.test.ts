// The shapes the real API answers in, against the fake server that now serves them by default: GET
// /v1/bots as a bare array with numeric ids (or `{ data }`, string ids), webhook deliveries under
// recipient.id (or senderId), opaque button payloads that a click must send back unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../../fixtures/fake-chatlayer';
import { BotList, WebhookDelivery, deliveryConversationId } from '../../../../engine/chatlayer/api';
import type { ChatlayerError } from '../../../../engine/chatlayer/client';
import { caught, clientFor, TOKEN } from './fixtures';
import { pizza } from './pizza-bot';

let fake: FakeChatlayer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const buttonsOf = (message: Record<string, unknown>) =>
  (message as { attachment?: { payload: { buttons?: { title: string; payload?: string }[] } } }).attachment
    ?.payload.buttons ?? [];
const repliesOf = (message: Record<string, unknown>) =>
  (message as { quick_replies?: { title: string; payload: string }[] }).quick_replies ?? [];

describe('GET /v1/bots as the real API answers it', () => {
  it('reads a bare array with numeric ids (the fake default) as string ids', async () => {
    fake = await startFakeChatlayer({ token: TOKEN });
    const raw = await fetch(`${fake.url}/v1/bots`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await raw.json()).toEqual([{ id: 1001, name: 'Bot 1' }]);
    expect(await clientFor(fake).client.listBots()).toEqual([{ id: '1001', name: 'Bot 1' }]);
  });

  it('reads the { data } shape with string ids too', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, botList: 'data', bots: [{ id: 'b-7' }, { id: 8 }] });
    expect(await clientFor(fake).client.listBots()).toEqual([{ id: 'b-7' }, { id: '8' }]);
  });

  it('says where an answer of neither shape is wrong', () => {
    expect(BotList.safeParse([{ id: 1 }, { name: 'no id' }]).success).toBe(false);
    expect(BotList.safeParse({ bots: [] }).success).toBe(false);
    expect(BotList.parse({ data: [] })).toEqual([]);
  });
});

describe('webhook deliveries as the real API sends them', () => {
  it('names the conversation by recipient.id, or senderId; numbers read as strings', () => {
    const id = (body: unknown) => deliveryConversationId(WebhookDelivery.parse(body));
    expect(id({ recipient: { id: 'c1' }, verifyToken: 'v', message: { text: 'x' } })).toBe('c1');
    expect(id({ senderId: 'c2', message: { text: 'x' } })).toBe('c2');
    expect(id({ recipient: { id: 77 }, message: { text: 'x' } })).toBe('77');
    expect(WebhookDelivery.safeParse({ message: { text: 'x' } }).success).toBe(false);
  });

  it('delivers under senderId when the fake is asked to', async () => {
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza, deliveryId: 'senderId' });
    const { client } = clientFor(fake);
    await client.webhookMessage('channel-1', { conversationId: 's1', message: { introMessage: {} } });
    await fake.idle();
    expect(fake.state.deliveries.map((d) => d.senderId)).toEqual(['s1', 's1']);
  });
});

describe('clicks with opaque payloads', () => {
  async function started(id: string) {
    fake = await startFakeChatlayer({ token: TOKEN, project: pizza });
    const { client } = clientFor(fake);
    await client.webhookMessage('channel-1', { conversationId: id, message: { introMessage: {} } });
    await fake.idle();
    return client;
  }

  it('hands out payloads that say nothing of the button, different per conversation', async () => {
    const client = await started('p1');
    await client.webhookMessage('channel-1', { conversationId: 'p2', message: { introMessage: {} } });
    await fake!.idle();
    const payloads = fake!.state.deliveries
      .flatMap((d) => buttonsOf(d.message))
      .filter((b) => b.title === 'Pizza')
      .map((b) => b.payload);
    expect(payloads).toEqual([
      expect.stringMatching(/^[0-9a-f]{40}$/),
      expect.stringMatching(/^[0-9a-f]{40}$/),
    ]);
    expect(payloads[0]).not.toBe(payloads[1]);
    expect(payloads.join()).not.toMatch(/pizza|a0b1/i);
  });

  it('acts on a payload sent back unchanged, and refuses one it never delivered, saying so', async () => {
    const client = await started('p3');
    const pizzaButton = fake!.state.deliveries.flatMap((d) => buttonsOf(d.message))[0]!;
    const rebuilt = JSON.stringify({ title: 'Pizza', nextDialogstateId: 'a0b1-pizza' });
    const e = (await caught(
      client.webhookMessage('channel-1', {
        conversationId: 'p3',
        message: { postbackMessage: { title: 'Pizza', payload: rebuilt } },
      }),
    )) as ChatlayerError;
    expect(e.code).toBe('chatlayer-bad-request');
    expect(e.message).toContain('unknown postback payload');
    await client.webhookMessage('channel-1', {
      conversationId: 'p3',
      message: { postbackMessage: { title: pizzaButton.title, payload: pizzaButton.payload! } },
    });
    await fake!.idle();
    expect(fake!.state.deliveries.at(-1)!.message).toMatchObject({ text: 'Size?' });
  });

  it('follows a button of an earlier turn by its payload, as Chatlayer postbacks carry their target', async () => {
    const client = await started('p4');
    const pizzaButton = fake!.state.deliveries.flatMap((d) => buttonsOf(d.message))[0]!;
    await client.webhookMessage('channel-1', {
      conversationId: 'p4',
      message: { postbackMessage: { title: 'Pizza', payload: pizzaButton.payload! } },
    });
    await fake!.idle();
    const large = repliesOf(fake!.state.deliveries.at(-1)!.message)[0]!;
    await client.webhookMessage('channel-1', {
      conversationId: 'p4',
      message: { postbackMessage: { title: large.title, payload: large.payload } },
    });
    await fake!.idle();
    expect(fake!.state.deliveries.at(-1)!.message).toEqual({ text: 'Done.' });
    // "Pizza" again, from the first answer: the bot goes back to the pizza block.
    await client.webhookMessage('channel-1', {
      conversationId: 'p4',
      message: { postbackMessage: { title: 'Pizza', payload: pizzaButton.payload! } },
    });
    await fake!.idle();
    expect(fake!.state.deliveries.at(-1)!.message).toMatchObject({ text: 'Size?' });
    expect(fake!.state.errors).toEqual([]);
  });
});
