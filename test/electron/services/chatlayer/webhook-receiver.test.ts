import { afterEach, describe, expect, it } from 'vitest';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../../../electron/services/chatlayer/webhook-receiver';

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
    expect(got.map((m) => m.message)).toEqual([
      { kind: 'text', text: 'one' },
      { kind: 'quickReplies', text: 'two', replies: [{ title: 'Yes', goTo: 'live' }] },
    ]);
    expect(got[1]!.postbacks).toEqual([{ title: 'Yes', payload: 'p-yes' }]);
    expect((await receiver.receive('b')).map((m) => m.message)).toEqual([
      { kind: 'text', text: 'other conversation' },
    ]);
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
