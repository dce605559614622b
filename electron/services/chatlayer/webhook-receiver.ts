// The local webhook receiver of a conformance run (docs/chatlayer.md#live-conformance): Chatlayer POSTs each bot message to
// 127.0.0.1:<port>/chatlayer/webhook as { recipient: { id }, verifyToken, message } (or with `senderId`
// instead of `recipient`); messages are kept per conversation until the run asks for them, once they have
// settled. Data-only messages (`type: "event"`) are kept as events, apart from the chat messages. Used by
// the CLI's `botloom test --target chatlayer` and the app's conformance runs.
import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebhookDelivery, deliveryConversationId } from '../../../engine/chatlayer/api';
import {
  MessengerMessage,
  fromDelivery,
  type LiveItem,
  type WebhookInbox,
} from '../../../engine/chatlayer/conformance';

export const WEBHOOK_PATH = '/chatlayer/webhook';

export interface WebhookReceiverOptions {
  port?: number;
  verifyToken: string;
  /** A turn is complete when no message arrived for this long (default 800 ms). */
  settleMs?: number;
  /** Longest wait for a turn's first message (default 10 s). */
  firstMessageTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface WebhookReceiver extends WebhookInbox {
  url: string;
  port: number;
  /** The messages for a conversation since the last call, once they settled (empty after the timeout). */
  receive(conversationId: string, signal?: AbortSignal): Promise<LiveItem[]>;
  /** Calls refused for a wrong verify token or a malformed body. */
  refused: number;
  close(): Promise<void>;
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const settleMs = options.settleMs ?? 800;
  const firstTimeout = options.firstMessageTimeoutMs ?? 10_000;
  const inbox = new Map<string, { messages: LiveItem[]; lastAt: number }>();
  const waiters = new Set<() => void>();
  let refused = 0;
  const wake = () => waiters.forEach((w) => w());

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== WEBHOOK_PATH) {
      res.writeHead(404).end();
      return;
    }
    if (req.method === 'GET') {
      // Messenger-style verification handshake.
      const token = url.searchParams.get('hub.verify_token') ?? '';
      if (same(token, options.verifyToken))
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end(url.searchParams.get('hub.challenge') ?? '');
      else res.writeHead(403).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1024 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      let body: { verifyToken?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        refused++;
        res.writeHead(400).end();
        return;
      }
      if (typeof body.verifyToken !== 'string' || !same(body.verifyToken, options.verifyToken)) {
        refused++;
        options.log?.('webhook: refused a call with a wrong verify token');
        res.writeHead(403).end();
        return;
      }
      const delivery = WebhookDelivery.safeParse(body);
      const message = delivery.success ? MessengerMessage.safeParse(delivery.data.message) : null;
      if (!delivery.success || !message?.success) {
        refused++;
        const issue = delivery.success ? message?.error?.issues[0] : delivery.error.issues[0];
        const at = [...(delivery.success ? ['message'] : []), ...(issue?.path ?? [])].join('.');
        options.log?.(`webhook: refused a call that is not a bot message (${at}: ${issue?.message})`);
        res.writeHead(400).end();
        return;
      }
      const id = deliveryConversationId(delivery.data);
      const entry = inbox.get(id) ?? { messages: [], lastAt: 0 };
      entry.messages.push(fromDelivery(message.data));
      entry.lastAt = Date.now();
      inbox.set(id, entry);
      res.writeHead(200).end();
      wake();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    port,
    get refused() {
      return refused;
    },
    receive(senderId, signal) {
      const started = Date.now();
      return new Promise<LiveItem[]>((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = () => {
          cleanup();
          const entry = inbox.get(senderId);
          inbox.set(senderId, { messages: [], lastAt: entry?.lastAt ?? 0 });
          resolve(entry?.messages ?? []);
        };
        const check = () => {
          clearTimeout(timer);
          const entry = inbox.get(senderId);
          const now = Date.now();
          if (entry?.messages.length) {
            const left = settleMs - (now - entry.lastAt);
            if (left <= 0) return finish();
            timer = setTimeout(check, left);
          } else {
            const left = firstTimeout - (now - started);
            if (left <= 0) return finish();
            timer = setTimeout(check, Math.min(left, settleMs));
          }
        };
        const onAbort = () => {
          cleanup();
          reject(signal!.reason);
        };
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
          signal?.removeEventListener('abort', onAbort);
        };
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
