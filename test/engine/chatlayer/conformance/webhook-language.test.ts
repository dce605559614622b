// Live conformance in a test's language (docs/file-format.md#languages): the webhook message carries the test's
// language as the user's preferred language, other conversations keep the bot's.
import { describe, expect, it } from 'vitest';
import type { ChatlayerClient } from '../../../../engine/chatlayer/client';
import { webhookLiveChannel } from '../../../../engine/chatlayer/conformance/webhook-live-channel';

describe('webhook live channel languages', () => {
  it('sends each conversation’s own language as the preferred language', async () => {
    const sent: { conversationId: string; user?: { preferredLanguage?: string } }[] = [];
    const client = {
      webhookMessage: async (_channel: string, body: (typeof sent)[number]) => {
        sent.push(body);
      },
    } as unknown as ChatlayerClient;
    const channel = webhookLiveChannel({
      client,
      channelId: 'ch',
      receiver: { receive: async () => [] },
      language: 'en',
      readsSessions: false,
    });
    await channel.start('c-nl', { language: 'nl' });
    await channel.sendText('c-nl', 'hallo');
    await channel.start('c-en', {});
    expect(sent.map((b) => [b.conversationId, b.user?.preferredLanguage])).toEqual([
      ['c-nl', 'nl'],
      ['c-nl', 'nl'],
      ['c-en', 'en'],
    ]);
  });
});
