import { afterEach, describe, expect, it } from 'vitest';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../../../electron/services/chatlayer/webhook-receiver';
import { isLiveEvent, type LiveItem, type LiveMessage } from '../../../../engine/chatlayer/conformance';

const bubbles = (items: LiveItem[]) => items.filter((m): m is LiveMessage => !isLiveEvent(m));

let receiver: WebhookReceiver | undefined;
afterEach(() => receiver?.close());

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('conformance webhook receiver', () => {
  it('listens on loopback at /chatlayer/webhook', async () => {
    receiver = await startWebhookReceiver({ verifyToken: 'v3rify' });
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/chatlayer\/webhook$/);
  });

  it('refuses calls without the right verify token and keeps nothing from them', async () => {
    receiver = await startWebhookReceiver({
      verifyToken: 'v3rify',
      settleMs: 20,
      firstMessageTimeoutMs: 100,
    });
    expect(
      (await post(receiver.url, { senderId: 'c1', verifyToken: 'wrong', message: { text: 'evil' } })).status,
    ).toBe(403);
    expect((await post(receiver.url, { senderId: 'c1', message: { text: 'evil' } })).status).toBe(403);
    expect(receiver.refused).toBe(2);
    expect(await receiver.receive('c1')).toEqual([]);
  });

  it('groups messages by senderId and hands them over once they settled, in order', async () => {
    receiver = await startWebhookReceiver({ verifyToken: 'v', settleMs: 60 });
    await post(receiver.url, { senderId: 'a', verifyToken: 'v', message: { text: 'one' } });
    await post(receiver.url, { senderId: 'b', verifyToken: 'v', message: { text: 'other conversation' } });
    const pending = receiver.receive('a');
    await post(receiver.url, {
      senderId: 'a',
      verifyToken: 'v',
      message: { text: 'two', quick_replies: [{ content_type: 'text', title: 'Yes', payload: 'p-yes' }] },
    });
    const got = await pending;
    expect(bubbles(got).map((m) => m.message)).toEqual([
      { kind: 'text', text: 'one' },
      { kind: 'quickReplies', text: 'two', replies: [{ title: 'Yes', goTo: 'live' }] },
    ]);
    expect(bubbles(got)[1]!.postbacks).toEqual([{ title: 'Yes', payload: 'p-yes' }]);
    expect(bubbles(await receiver.receive('b')).map((m) => m.message)).toEqual([
      { kind: 'text', text: 'other conversation' },
    ]);
  });

  it('reads the conversation from recipient.id (as the channel page shows it), numbers included', async () => {
    receiver = await startWebhookReceiver({ verifyToken: 'v', settleMs: 30 });
    expect(
      (await post(receiver.url, { recipient: { id: 'conv-7' }, verifyToken: 'v', message: { text: 'hi' } }))
        .status,
    ).toBe(200);
    await post(receiver.url, { recipient: { id: 42 }, verifyToken: 'v', message: { text: 'number' } });
    expect(bubbles(await receiver.receive('conv-7')).map((m) => m.message)).toEqual([
      { kind: 'text', text: 'hi' },
    ]);
    expect(bubbles(await receiver.receive('42')).map((m) => m.message)).toEqual([
      { kind: 'text', text: 'number' },
    ]);
  });

  it('refuses a bot message that names no conversation, saying why', async () => {
    const log: string[] = [];
    receiver = await startWebhookReceiver({ verifyToken: 'v', log: (l) => log.push(l) });
    expect((await post(receiver.url, { verifyToken: 'v', message: { text: 'whose?' } })).status).toBe(400);
    expect(receiver.refused).toBe(1);
    expect(log).toEqual([
      'webhook: refused a call that is not a bot message (recipient.id: names no conversation: neither recipient.id nor senderId)',
    ]);
  });

  it('keeps data-only event messages as events, never as chat messages, in their order', async () => {
    receiver = await startWebhookReceiver({ verifyToken: 'v', settleMs: 30 });
    const send = (message: unknown) =>
      post(receiver!.url, { recipient: { id: 'c' }, verifyToken: 'v', message });
    await send({ text: 'before' });
    await send({ type: 'event', language: 'nl', user: { tier: 'gold' } });
    await send({ text: 'after' });
    const got = await receiver.receive('c');
    expect(got.map((m) => (isLiveEvent(m) ? m.event : m.message))).toEqual([
      { kind: 'text', text: 'before' },
      { language: 'nl', user: { tier: 'gold' } },
      { kind: 'text', text: 'after' },
    ]);
    expect(bubbles(got)).toHaveLength(2);
  });

  it('answers the Messenger verification handshake only with the token', async () => {
    receiver = await startWebhookReceiver({ verifyToken: 'v' });
    const ok = await fetch(`${receiver.url}?hub.verify_token=v&hub.challenge=42`);
    expect(await ok.text()).toBe('42');
    expect((await fetch(`${receiver.url}?hub.verify_token=x&hub.challenge=42`)).status).toBe(403);
  });

  it('gives up on a silent bot after the first-message timeout', async () => {
    receiver = await startWebhookReceiver({ verifyToken: 'v', settleMs: 20, firstMessageTimeoutMs: 80 });
    const t = Date.now();
    expect(await receiver.receive('nobody')).toEqual([]);
    expect(Date.now() - t).toBeGreaterThanOrEqual(70);
  });
});
