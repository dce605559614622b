import { describe, expect, it } from 'vitest';
import { LOOP_LIMIT, findCycle } from '../../../engine/runtime';
import type { TraceEvent } from '../../../engine/model';
import {
  converse,
  expectValidTrace,
  fakeCodeRunner,
  fakeHttp,
  fakeIntents,
  project,
  text,
  texts,
} from './fixtures';

describe('loop guard', () => {
  it('stops a turn after 1,000 block entries without waiting and names the cycle', async () => {
    const c = converse(
      project([
        { id: 'start', type: 'goto', else: 'a' },
        { id: 'a', type: 'goto', else: 'b' },
        { id: 'b', type: 'goto', rules: [{ when: { var: 'x', op: 'notExists' }, goTo: 'c' }], else: 'done' },
        { id: 'c', type: 'goto', else: 'a' },
        { id: 'done', type: 'message', messages: [text('done')] },
      ]),
    );
    const turn = await c.start();
    expect(turn.events.filter((e) => e.type === 'enter')).toHaveLength(LOOP_LIMIT);
    const error = turn.events.find((e) => e.type === 'error');
    expect(error).toMatchObject({ code: 'loop-detected' });
    expect(error).toHaveProperty('cycle');
    expect([...(error as { cycle: string[] }).cycle].sort()).toEqual(['a', 'b', 'c']);
    expect(error?.type === 'error' && error.message).toMatch(/repeat/);
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'loop' });
  });

  it('allows long chains that wait before the limit', async () => {
    const blocks = Array.from({ length: 999 }, (_, i) => ({
      id: `b${i}`,
      type: 'goto' as const,
      else: i === 998 ? 'end' : `b${i + 1}`,
    }));
    const c = converse(project([...blocks, { id: 'end', type: 'message', messages: [text('end')] }]));
    expect((await c.start()).waitingAt).toBe('end');
  });

  it('counts entries per turn, not per conversation', async () => {
    const blocks = Array.from({ length: 600 }, (_, i) => ({
      id: `b${i}`,
      type: 'goto' as const,
      else: i === 599 ? 'wait' : `b${i + 1}`,
    }));
    const c = converse(
      project([
        ...blocks,
        {
          id: 'wait',
          type: 'message',
          messages: [{ kind: 'buttons', text: 'again?', buttons: [{ title: 'again', goTo: 'b0' }] }],
        },
      ]),
    );
    await c.start();
    expect((await c.say('again')).waitingAt).toBe('wait');
  });

  it('findCycle returns the repeating block ids', () => {
    expect(findCycle(['s', 'a', 'b', 'a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(findCycle(['a', 'b', 'c'])).toBeUndefined();
  });
});

describe('determinism', () => {
  const bot = () =>
    project(
      [
        { id: 'hello', type: 'message', messages: [text('Hi {conversationId}')], next: 'api' },
        { id: 'api', type: 'api', url: 'https://x.example/{user}', next: 'code' },
        { id: 'code', type: 'code', code: '', next: 'ask' },
        {
          id: 'ask',
          type: 'input',
          variable: 'n',
          validate: { kind: 'number' },
          next: 'route',
          prompt: [text('n?')],
        },
        {
          id: 'route',
          type: 'goto',
          rules: [{ when: { var: 'n', op: 'gt', value: 5 }, goTo: 'big' }],
          else: 'small',
        },
        { id: 'big', type: 'message', messages: [text('big {n}')] },
        { id: 'small', type: 'message', messages: [text('small {n}')] },
      ],
      { intents: [{ id: 'hi', examples: ['hi'], block: 'hello' }] },
    );
  const run = async (seed: number) => {
    const c = converse(bot(), {
      seed,
      session: { user: 'ann' },
      http: fakeHttp(() => ({ body: { session: { namespace: 'stock', data: 3 } } })),
      codeRunner: fakeCodeRunner((req) => ({ response: { session: { namespace: 'rand', data: req.seed } } })),
      intents: fakeIntents({ hi: [{ intent: 'hi', score: 0.9 }] }),
    });
    await c.start();
    await c.say('x');
    await c.say('7');
    await c.say('hi');
    return c.events;
  };

  it('the same project, session, mocks, clock and seed give the same events', async () => {
    const a: TraceEvent[] = [...(await run(42))];
    const b: TraceEvent[] = [...(await run(42))];
    expect(b).toEqual(a);
    expectValidTrace(a);
    expect(a.map((e) => e.seq)).toEqual(a.map((_, i) => i));
  });

  it('a different seed changes the seeded parts', async () => {
    expect(await run(43)).not.toEqual(await run(42));
  });
});

describe('internal namespace (docs/chatlayer.md#session-and-variables)', () => {
  it('keeps sessionId, messageContent, messageType and the dialogstates up to date', async () => {
    const c = converse(
      project([
        { id: 'welcome', type: 'message', name: 'Welcome', messages: [text('Hi')], next: 'ask' },
        { id: 'ask', type: 'input', variable: 'name', next: 'bye' },
        { id: 'bye', type: 'message', messages: [text('prev {internal.previousDialogstate.name}')] },
      ]),
      { conversationId: 'conv-1' },
    );
    await c.start();
    expect(c.session.internal).toMatchObject({
      sessionId: 'conv-1',
      messageType: 'intro',
      currentDialogstate: { id: 'ask', name: 'ask', type: 'input' },
      previousDialogstate: { id: 'welcome', name: 'Welcome', type: 'message' },
    });
    const turn = await c.say('Ann');
    expect(c.session.internal).toMatchObject({
      messageContent: 'Ann',
      messageType: 'text',
      currentDialogstate: { id: 'bye' },
    });
    expect(texts(turn.messages)).toEqual(['prev ask']);
  });

  it('{conversationId} is the session id', async () => {
    const c = converse(
      project([{ id: 'w', type: 'message', messages: [text('{conversationId}={internal.sessionId}')] }]),
      { conversationId: 'c9' },
    );
    expect(texts((await c.start()).messages)).toEqual(['c9=c9']);
  });

  it('button set and input blocks may not write internal', async () => {
    const c = converse(
      project([
        {
          id: 'a',
          type: 'message',
          messages: [
            {
              kind: 'buttons',
              text: 'x',
              buttons: [{ title: 'go', goTo: 'b', set: { 'internal.channel': 'hack' } }],
            },
          ],
        },
        { id: 'b', type: 'input', variable: 'internal.user' },
      ]),
    );
    await c.start();
    await c.click('go');
    const turn = await c.say('me');
    expect(c.events.filter((e) => e.type === 'error' && e.code === 'internal-readonly')).toHaveLength(2);
    expect(c.session.internal).toMatchObject({ channel: 'botloom' });
    expect(turn.ended).toBe(true);
  });
});

describe('secrets and sensitive variables in traces', () => {
  it('a secret in a message renders as «secret»', async () => {
    const c = converse(project([{ id: 'w', type: 'message', messages: [text('key: {secrets.k}')] }]), {
      secrets: () => 'abc-123',
    });
    expect(texts((await c.start()).messages)).toEqual(['key: «secret»']);
  });

  it('a secret echoed by a server never reaches the trace, the messages or {lastError}', async () => {
    const http = fakeHttp((req) => ({ status: 500, body: { error: `bad token ${req.headers['X-Key']}` } }));
    const c = converse(
      project([
        {
          id: 'call',
          type: 'api',
          url: 'https://x.example',
          headers: { 'X-Key': '{secrets.k}' },
          onError: 'oops',
        },
        { id: 'oops', type: 'message', messages: [text('{lastError}')] },
      ]),
      { http, secrets: () => 'abc-123', signal: new AbortController().signal },
    );
    await c.start();
    expect(JSON.stringify(c.events)).not.toContain('abc-123');
  });

  it('values of variables declared sensitive are redacted in set events', async () => {
    const c = converse(
      project([{ id: 'ask', type: 'input', variable: 'user.iban' }], {
        variables: [{ name: 'user.iban', sensitive: true }],
      }),
    );
    await c.start();
    const turn = await c.say('BE71 0961 2345 6769');
    expect(turn.events.find((e) => e.type === 'set')).toMatchObject({
      path: 'user.iban',
      value: '«sensitive»',
      redacted: true,
    });
    expect(turn.events.find((e) => e.type === 'user')).toMatchObject({ text: '«sensitive»', redacted: true });
    expect(JSON.stringify(c.events)).not.toContain('BE71');
    expect((c.session.user as { iban: string }).iban).toBe('BE71 0961 2345 6769');
  });

  it('missing template values add a warning to the trace', async () => {
    const c = converse(project([{ id: 'w', type: 'message', messages: [text('Hi {user.name}')] }]));
    const turn = await c.start();
    expect(turn.events).toContainEqual(
      expect.objectContaining({
        type: 'warning',
        code: 'template-missing-value',
        path: 'user.name',
        blockId: 'w',
      }),
    );
  });
});
