// The daily Chatlayer actions as blocks: Clear session, Get time, JSON builder, Send e-mail
// (docs/file-format.md#clear-session-block and the sections after it).
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../engine/runtime';
import { converse, expectValidTrace, project, text } from './fixtures';

describe('Clear session block', () => {
  const bot = project(
    [
      { id: 'ask', type: 'input', variable: 'user.name', prompt: [text('Name?')], next: 'clear' },
      { id: 'clear', type: 'clearSession', next: 'done' },
      { id: 'done', type: 'message', messages: [text('Again, {user.name}? Tier {tier}')] },
    ],
    {
      variables: [
        { name: 'tier', default: 'basic' },
        { name: 'user.name' },
        { name: 'pin', default: '1234', sensitive: true },
      ],
    },
  );

  it('removes every variable and sets the declared defaults again; internal stays', async () => {
    const c = converse(bot, { session: { extra: { a: 1 } } });
    await c.start();
    const turn = await c.say('Ann');
    const { internal, ...rest } = c.session;
    expect(rest).toEqual({ tier: 'basic', pin: '1234' });
    expect(internal).toMatchObject({ currentDialogstate: { id: 'done' } });
    expect(turn.messages.map((m) => ('text' in m ? m.text : ''))).toEqual(['Again, ? Tier basic']);
    expectValidTrace(c.events);
  });

  it('traces a clear event per removed variable, then a set event per default', async () => {
    const c = converse(bot);
    await c.start();
    const turn = await c.say('Ann');
    const changes = turn.events.filter(
      (e) => e.type === 'clear' || (e.type === 'set' && e.blockId === 'clear'),
    );
    expect(changes).toEqual([
      expect.objectContaining({ type: 'clear', path: 'tier', old: 'basic' }),
      expect.objectContaining({ type: 'clear', path: 'pin', old: '«sensitive»', redacted: true }),
      expect.objectContaining({ type: 'clear', path: 'user', old: { name: 'Ann' } }),
      expect.objectContaining({ type: 'set', path: 'tier', value: 'basic', source: 'clearSession' }),
      expect.objectContaining({ type: 'set', path: 'pin', value: '«sensitive»', source: 'clearSession' }),
    ]);
  });

  it('keeps the built-ins: the conversation id and the last user message', async () => {
    const c = converse(
      project([
        { id: 'ask', type: 'input', variable: 'x', prompt: [text('?')], next: 'clear' },
        { id: 'clear', type: 'clearSession', next: 'done' },
        { id: 'done', type: 'message', messages: [text('{lastUserMessage} in {conversationId}')] },
      ]),
      { conversationId: 'conv-1' },
    );
    await c.start();
    const turn = await c.say('hello');
    expect(turn.messages).toEqual([text('hello in conv-1')]);
  });

  it('ends the conversation when it has no next', async () => {
    const c = converse(project([{ id: 'clear', type: 'clearSession' }]));
    const turn = await c.start();
    expect(turn.ended).toBe(true);
    expect(turn.events.at(-1)).toMatchObject({ type: 'end', reason: 'done', blockId: 'clear' });
  });
});

describe('Get time block', () => {
  // 2020-10-06T16:17:44.727Z, a Tuesday: the moment of Chatlayer's documented example.
  const clock = fixedClock(Date.UTC(2020, 9, 6, 16, 17, 44, 727));
  const timeBot = (offsetHours?: number) =>
    project([
      {
        id: 'time',
        type: 'getTime',
        variable: 'now',
        ...(offsetHours !== undefined ? { offsetHours } : {}),
        next: 'say',
      },
      { id: 'say', type: 'message', messages: [text('{now.utc.hours}:{now.utc.minutes} UTC')] },
    ]);

  it('stores the UTC parts of the conversation clock, as Chatlayer documents them', async () => {
    const c = converse(timeBot(), { clock });
    const turn = await c.start();
    expect(c.session.now).toEqual({
      utc: {
        year: 2020,
        month: 10,
        dayOfMonth: 6,
        dayOfWeek: 2,
        hours: 16,
        minutes: 17,
        seconds: 44,
        ISO: '2020-10-06T16:17:44.727Z',
      },
    });
    expect(turn.messages).toEqual([text('16:17 UTC')]);
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'set', path: 'now', source: 'getTime', blockId: 'time' }),
    );
    expectValidTrace(c.events);
  });

  it('adds the offset part: 8 hours later crosses into the next day', async () => {
    const c = converse(timeBot(8), { clock });
    await c.start();
    expect((c.session.now as { offset: unknown }).offset).toEqual({
      year: 2020,
      month: 10,
      dayOfMonth: 7,
      dayOfWeek: 3,
      hours: 0,
      minutes: 17,
      seconds: 44,
      ISO: '2020-10-07T00:17:44.727Z',
    });
  });

  it('takes negative and half-hour offsets', async () => {
    const c = converse(timeBot(-3.5), { clock });
    await c.start();
    expect((c.session.now as { offset: { hours: number; minutes: number } }).offset).toMatchObject({
      hours: 12,
      minutes: 47,
    });
  });

  it('reads the test clock, so the same run gives the same time', async () => {
    const run = async () => {
      const c = converse(timeBot(2));
      await c.start();
      return c.session.now;
    };
    expect(await run()).toEqual(await run());
    expect(((await run()) as { utc: { ISO: string } }).utc.ISO).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses a variable in the read-only internal namespace', async () => {
    const c = converse(project([{ id: 'time', type: 'getTime', variable: 'internal.now', next: 'x' }]));
    const turn = await c.start();
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'internal-readonly' }));
    expect(turn.ended).toBe(true);
  });
});

describe('JSON builder block', () => {
  it('sends a data-only event with its templates filled in (a lone template keeps its type), no message', async () => {
    const c = converse(
      project(
        [
          {
            id: 'json',
            type: 'jsonBuilder',
            data: { language: '{language}', total: '{cart.total}', label: 'Total {cart.total}', fixed: [1] },
            toParentWindow: true,
            next: 'bye',
          },
          { id: 'bye', type: 'message', messages: [text('Bye')] },
        ],
        { language: 'nl' },
      ),
      { session: { cart: { total: 12.5 } } },
    );
    const turn = await c.start();
    expect(turn.messages).toEqual([text('Bye')]);
    const event = turn.events.find((e) => e.type === 'event');
    expect(event).toMatchObject({
      blockId: 'json',
      data: { language: 'nl', total: 12.5, label: 'Total 12.5', fixed: [1] },
      toParentWindow: true,
    });
    expectValidTrace(c.events);
  });
});

describe('Send e-mail block', () => {
  const mailBot = (to: string) =>
    project(
      [
        {
          id: 'mail',
          type: 'email',
          to,
          subject: 'Call back {user.name}',
          body: 'Phone: {user.phone}',
          next: 'bye',
        },
        { id: 'bye', type: 'message', messages: [text('We will call you')] },
        { id: 'oops', type: 'message', messages: [text('Something went wrong')] },
      ],
      { fallbackBlock: 'oops' },
    );
  const session = { user: { name: 'Ann', phone: '0471', email: 'ann@example.com' } };

  it('puts the rendered e-mail in the outbox (an email event) and goes on', async () => {
    const c = converse(mailBot('sales@example.com; {user.email}'), { session });
    const turn = await c.start();
    expect(turn.events.find((e) => e.type === 'email')).toMatchObject({
      blockId: 'mail',
      to: ['sales@example.com', 'ann@example.com'],
      subject: 'Call back Ann',
      body: 'Phone: 0471',
    });
    expect(turn.messages).toEqual([text('We will call you')]);
    expectValidTrace(c.events);
  });

  it('fails to the fallback when a templated address is not an e-mail address', async () => {
    const c = converse(mailBot('{user.name}'), { session });
    const turn = await c.start();
    expect(turn.events.some((e) => e.type === 'email')).toBe(false);
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'email-invalid-address', blockId: 'mail' }),
    );
    expect(turn.messages).toEqual([text('Something went wrong')]);
  });

  it('fails when the recipients render to nothing', async () => {
    const c = converse(mailBot('{user.missing}'), { session });
    const turn = await c.start();
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'email-no-recipient' }),
    );
  });
});
