// The live side of a conformance run (docs/chatlayer.md#live-conformance): user messages go into the bot's webhook channel through
// the Chatlayer client, the bot's answers come back to a local webhook receiver (the inbox; the host's
// electron/services/chatlayer runs one). A test with
// `startBlock` starts with a postback carrying nextDialogstateId and the test's session as
// sessionDataToSet (as `botloom chatlayer trigger` does); others with an introMessage and sessionData.
// A click sends back the payload the bot delivered with the button: since 2022 it is an opaque string,
// so it is never rebuilt from the project or read for a target.
import type { KeyValue } from '../api';
import { ChatlayerError } from '../client/chatlayer-error';
import type { ChatlayerClient, WebhookMessage } from '../client/chatlayer-client';
import type { Json } from '../../model';
import type { LiveChannel } from './live-channel';
import type { LiveItem } from './messenger-message';

/** Where the bot's answers arrive, per conversation (recipient.id or senderId), once they settled. */
export interface WebhookInbox {
  receive(conversationId: string, signal?: AbortSignal): Promise<LiveItem[]>;
}

export interface WebhookLiveChannelOptions {
  client: ChatlayerClient;
  channelId: string;
  receiver: WebhookInbox;
  /** The bot's language, sent as the user's preferred language. */
  language?: string;
  /** Whether the session can be read (needs the bot id): expectVars and expectBlock steps. */
  readsSessions: boolean;
}

export interface WebhookLiveChannel extends LiveChannel {
  /** Bot messages and events received over the whole run (none at all: the webhook never reached us). */
  readonly received: number;
  /** The first failure that makes the connection unusable (refused token, unknown channel…), if any. */
  readonly fatal: ChatlayerError | undefined;
}

const preferred = (language: string | undefined) => (language ? { preferredLanguage: language } : {});

const entries = (data: Record<string, Json>): KeyValue[] =>
  Object.entries(data).map(([key, value]) => ({ key, value }));

export function webhookLiveChannel(options: WebhookLiveChannelOptions): WebhookLiveChannel {
  const { client, channelId, receiver } = options;
  let received = 0;
  let fatal: ChatlayerError | undefined;
  /** Each conversation's language, when its test gives one (else the bot's). */
  const languages = new Map<string, string>();
  const send = async (
    conversationId: string,
    message: WebhookMessage,
    signal?: AbortSignal,
    sessionData?: Record<string, Json>,
  ) => {
    try {
      await client.webhookMessage(
        channelId,
        {
          conversationId,
          message,
          user: { id: conversationId, ...preferred(languages.get(conversationId) ?? options.language) },
          ...(sessionData ? { sessionData } : {}),
        },
        signal,
      );
    } catch (e) {
      if (e instanceof ChatlayerError && e.unusableConnection) fatal ??= e;
      throw e;
    }
  };
  return {
    get received() {
      return received;
    },
    get fatal() {
      return fatal;
    },
    async start(conversationId, start, signal) {
      if (start.language) languages.set(conversationId, start.language);
      if (start.startDialogstateId)
        await send(
          conversationId,
          {
            postbackMessage: {
              title: start.startDialogstateId,
              nextDialogstateId: start.startDialogstateId,
              ...(start.sessionData ? { sessionDataToSet: entries(start.sessionData) } : {}),
            },
          },
          signal,
        );
      else await send(conversationId, { introMessage: {} }, signal, start.sessionData);
    },
    sendText: (conversationId, text, signal) => send(conversationId, { textMessage: { text } }, signal),
    sendPostback: (conversationId, postback, signal) =>
      send(conversationId, { postbackMessage: { title: postback.title, payload: postback.payload } }, signal),
    async receive(conversationId, signal): Promise<LiveItem[]> {
      const messages = await receiver.receive(conversationId, signal);
      received += messages.length;
      return messages;
    },
    ...(options.readsSessions
      ? {
          async sessionData(conversationId: string, signal?: AbortSignal) {
            try {
              return await client.getSessionData(conversationId, signal);
            } catch (e) {
              if (e instanceof ChatlayerError && e.code === 'chatlayer-not-found') return null;
              if (e instanceof ChatlayerError && e.unusableConnection) fatal ??= e;
              throw e;
            }
          },
        }
      : {}),
  };
}
