import { describe, expect, it } from 'vitest';
import type { HttpEvent, Json } from '../../../engine/model';
import { NOT_UNDERSTOOD_TEXT } from '../../../engine/runtime';
import { converse, expectValidTrace, fakeHttp, texts } from './fixtures';
import { apiProject } from './api-fixtures';

const secrets = (name: string) => ({ shopToken: 'tok-123456', pass: 'pa55word' })[name];

describe('API block', () => {
  it('sends method, templated url, headers, query with $block values and a typed JSON body', async () => {
    const http = fakeHttp(() => ({ body: { ok: true } }));
    const c = converse(
      apiProject({
        method: 'POST',
        url: 'https://shop.example.com/stock/{order.sku}',
        headers: { 'X-Lang': '{language}' },
        query: { lang: '{language}', back: { $block: 'after' }, n: '{order.qty}' },
        body: {
          size: '{order.size}',
          qty: '{order.qty}',
          back: { $block: 'jumped' },
          note: 'qty={order.qty}',
        },
        timeoutMs: 1234,
        maxResponseBytes: 999,
      }),
      { http, session: { order: { sku: 'P1', size: 'L', qty: 2 } } },
    );
    await c.start();
    const req = http.requests[0]!;
    expect(req).toMatchObject({
      method: 'POST',
      url: 'https://shop.example.com/stock/P1?lang=en&back=after&n=2',
      headers: { 'X-Lang': 'en', 'Content-Type': 'application/json' },
      timeoutMs: 1234,
      maxResponseBytes: 999,
    });
    expect(JSON.parse(req.body!)).toEqual({ size: 'L', qty: 2, back: 'jumped', note: 'qty=2' });
  });

  it('uses the default timeout (10 s) and response cap (1 MiB)', async () => {
    const http = fakeHttp(() => ({ body: {} }));
    await converse(apiProject({}), { http }).start();
    expect(http.requests[0]).toMatchObject({
      method: 'GET',
      timeoutMs: 10_000,
      maxResponseBytes: 1024 * 1024,
    });
    expect(http.requests[0]!.body).toBeUndefined();
  });

  it('adds bearer and basic authorisation', async () => {
    const http = fakeHttp(() => ({ body: {} }));
    await converse(apiProject({ auth: { kind: 'bearer', token: '{secrets.shopToken}' } }), {
      http,
      secrets,
    }).start();
    expect(http.requests[0]!.headers.Authorization).toBe('Bearer tok-123456');
    await converse(apiProject({ auth: { kind: 'basic', username: 'ann', password: 'secret' } }), {
      http,
    }).start();
    expect(http.requests[1]!.headers.Authorization).toBe('Basic YW5uOnNlY3JldA==');
  });

  it('traces the request with status, ms, mocked and previews', async () => {
    const http = fakeHttp(() => ({ status: 201, body: { id: 7 }, ms: 12, mocked: true }));
    const c = converse(apiProject({ method: 'PUT', body: { a: 1 } }), { http });
    const turn = await c.start();
    const event = turn.events.find((e) => e.type === 'http') as HttpEvent;
    expect(event).toMatchObject({
      blockId: 'call',
      origin: 'api',
      method: 'PUT',
      url: 'https://shop.example.com/stock',
      status: 201,
      ms: 12,
      mocked: true,
      request: { body: { text: '{"a":1}', truncated: false } },
      response: { body: { text: '{"id":7}', truncated: false } },
    });
    expectValidTrace(c.events);
  });

  it('redacts secrets in the trace copy of the request and the response', async () => {
    const http = fakeHttp((req) => ({ body: { echo: req.headers.Authorization ?? '' } }));
    const c = converse(
      apiProject({
        url: 'https://shop.example.com/stock?key={secrets.shopToken}',
        headers: { 'X-Key': '{secrets.shopToken}' },
        auth: { kind: 'basic', username: 'ann', password: '{secrets.pass}' },
        body: { token: '{secrets.shopToken}' },
        saveAs: 'echo',
      }),
      { http, secrets },
    );
    await c.start();
    expect(http.requests[0]!.url).toContain('tok-123456');
    const trace = JSON.stringify(c.events);
    expect(trace).not.toContain('tok-123456');
    expect(trace).not.toContain('pa55word');
    expect(trace).not.toContain(btoaUtf8('ann:pa55word'));
    const event = c.events.find((e) => e.type === 'http') as HttpEvent;
    expect(event.url).toBe('https://shop.example.com/stock?key=«secret»');
    expect(event.request.headers).toMatchObject({ 'X-Key': '«secret»', Authorization: 'Basic «secret»' });
  });

  it('saveAs stores the whole parsed body', async () => {
    const http = fakeHttp(() => ({ body: [{ sku: 'P1' }] }));
    const c = converse(apiProject({ saveAs: 'stock.items' }), { http });
    await c.start();
    expect(c.session.stock).toEqual({ items: [{ sku: 'P1' }] });
  });

  describe('Chatlayer API-plugin responses (docs/chatlayer.md#api-call-responses)', () => {
    const respond = (body: Json, session?: Record<string, Json>, api: Record<string, unknown> = {}) => {
      const http = fakeHttp(() => ({ body }));
      return converse(apiProject(api), { http, ...(session ? { session } : {}) });
    };

    it('applies session, then messages, then the jump (which wins over next)', async () => {
      const c = respond({
        session: { namespace: 'account', data: { limit: 1000 } },
        messages: [{ type: 'text', config: { textMessages: [{ text: 'Done!' }] } }],
        action: { nextDialogstate: 'jumped' },
      });
      const turn = await c.start();
      const kinds = turn.events
        .filter((e) => ['set', 'message', 'enter'].includes(e.type))
        .map((e) => (e.type === 'enter' ? `enter:${e.blockId}` : e.type));
      expect(kinds).toEqual(['enter:call', 'set', 'message', 'enter:jumped', 'message']);
      expect(texts(turn.messages)).toEqual(['Done!', 'jumped 1000']);
    });

    it('accepts a top-level nextDialogstate', async () => {
      expect(texts((await respond({ nextDialogstate: 'jumped' }).start()).messages)).toEqual(['jumped ']);
    });

    it('reports a jump to an unknown block and follows next', async () => {
      const turn = await respond({ action: { nextDialogstate: 'nope' } }).start();
      expect(turn.events).toContainEqual(
        expect.objectContaining({ type: 'error', code: 'unknown-block', blockId: 'call' }),
      );
      expect(texts(turn.messages)).toEqual(['after']);
    });

    it('accepts session as an array of {namespace, data}; a dotted namespace nests', async () => {
      const c = respond({
        session: [
          { namespace: 'a.b', data: { x: 1 } },
          { namespace: 'c', data: 'text' },
        ],
      });
      await c.start();
      expect(c.session.a).toEqual({ b: { x: 1 } });
      expect(c.session.c).toBe('text');
    });

    it('deep-merges plain objects and lets arrays replace', async () => {
      const c = respond(
        { session: { namespace: 'user', data: { address: { city: 'Gent' }, tags: ['b'] } } },
        { user: { name: 'Ann', address: { zip: '9000' }, tags: ['a', 'c'] } },
      );
      await c.start();
      expect(c.session.user).toEqual({ name: 'Ann', address: { zip: '9000', city: 'Gent' }, tags: ['b'] });
    });

    it('writing to internal is an error in the trace and changes nothing', async () => {
      const c = respond({
        session: [
          { namespace: 'internal', data: { sessionId: 'x' } },
          { namespace: 'ok', data: 1 },
        ],
      });
      const turn = await c.start();
      expect(turn.events).toContainEqual(
        expect.objectContaining({ type: 'error', code: 'internal-readonly' }),
      );
      expect((c.session.internal as { sessionId: string }).sessionId).not.toBe('x');
      expect(c.session.ok).toBe(1);
    });

    it('converts buttons, quick replies, carousels and images; postback buttons jump and set their params', async () => {
      const postback = (title: string, params: { key: string; value: Json }[] = []) => ({
        type: 'postback',
        title,
        payload: { nextDialogstateId: 'jumped', params },
      });
      const c = respond({
        messages: [
          {
            type: 'buttons',
            config: {
              textMessages: [{ text: 'Pick' }],
              buttons: [
                postback('Gold', [{ key: 'account.limit', value: 5000 }]),
                { type: 'web_url', title: 'Site', url: 'https://x.example' },
              ],
            },
          },
          {
            type: 'quickReplies',
            config: { textMessages: [{ text: 'Or' }], quickReplies: [postback('Silver')] },
          },
          {
            type: 'carousel',
            config: {
              elements: [
                {
                  title: 'Card',
                  subTitle: 'Sub',
                  imageUrl: 'https://i.example/a.png',
                  buttons: [{ type: 'phone_number', title: 'Call', payload: '+3212345678' }],
                },
              ],
            },
          },
          { type: 'media', config: { media: { type: 'image', url: 'https://i.example/b.png' } } },
          { type: 'media', config: { media: { type: 'video', url: 'https://v.example' } } },
        ],
      });
      const turn = await c.start();
      expect(turn.messages.slice(0, 4)).toEqual([
        {
          kind: 'buttons',
          text: 'Pick',
          buttons: [
            { title: 'Gold', goTo: 'jumped', set: { 'account.limit': 5000 } },
            { title: 'Site', url: 'https://x.example' },
          ],
        },
        { kind: 'quickReplies', text: 'Or', replies: [{ title: 'Silver', goTo: 'jumped' }] },
        {
          kind: 'carousel',
          cards: [
            {
              title: 'Card',
              subtitle: 'Sub',
              imageUrl: 'https://i.example/a.png',
              buttons: [{ title: 'Call', url: 'tel:+3212345678' }],
            },
          ],
        },
        { kind: 'image', url: 'https://i.example/b.png' },
      ]);
      expect(turn.events).toContainEqual(
        expect.objectContaining({ type: 'warning', code: 'response-message-unsupported' }),
      );
      expect(texts((await c.click('gold')).messages)).toEqual(['jumped 5000']);
    });

    it('a button sent by an API response is clicked; typing its title is a message', async () => {
      const c = respond(
        {
          messages: [
            {
              type: 'quickReplies',
              config: {
                textMessages: [{ text: 'Or' }],
                quickReplies: [
                  { type: 'postback', title: 'Silver', payload: { nextDialogstateId: 'jumped' } },
                ],
              },
            },
          ],
        },
        undefined,
        { next: undefined },
      );
      await c.start();
      expect(texts((await c.say('silver')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
      expect(texts((await c.click('silver', 'jumped')).messages)).toEqual(['jumped ']);
    });
  });
});

function btoaUtf8(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}
