import { describe, expect, it } from 'vitest';
import { NOT_UNDERSTOOD_TEXT } from '../../../engine/runtime';
import { converse, expectValidTrace, fakeIntents, project, text, texts } from './fixtures';

const sizes = {
  kind: 'buttons',
  text: 'Size?',
  buttons: [
    { title: 'Large', goTo: 'large', set: { 'order.size': 'large', 'order.count': '{count|increment}' } },
    { title: 'Docs', url: 'https://example.com/docs' },
  ],
};

function pizza(extra: Record<string, unknown> = {}) {
  return project(
    [
      { id: 'menu', type: 'message', messages: [sizes] },
      { id: 'large', type: 'message', messages: [text('Large it is ({order.count})')] },
      { id: 'small', type: 'message', messages: [text('Small it is')] },
      { id: 'ask_name', type: 'input', variable: 'name', prompt: [text('Name?')], next: 'hello' },
      {
        id: 'ask_code',
        type: 'input',
        variable: 'code',
        prompt: [text('Code?')],
        disableNlp: true,
        next: 'hello',
      },
      { id: 'hello', type: 'message', messages: [text('Hello {name}{code}')] },
      { id: 'help', type: 'message', messages: [text('Help!')] },
    ],
    {
      intents: [
        { id: 'help', examples: ['help me'], block: 'help' },
        { id: 'noblock', examples: ['x'] },
      ],
      ...extra,
    },
  );
}
const intents = fakeIntents({
  'help me': [{ intent: 'help', score: 0.9 }],
  'maybe help': [{ intent: 'help', score: 0.7 }],
  large: [{ intent: 'help', score: 0.99 }],
  'no block': [{ intent: 'noblock', score: 0.95 }],
});

describe('turn order', () => {
  it('1. a click names a button by title, case-insensitively: its set, then its goTo', async () => {
    const c = converse(pizza(), { intents, session: { count: 1 } });
    await c.start();
    const turn = await c.click('  LARGE ');
    expect(texts(turn.messages)).toEqual(['Large it is (2)']);
    expect(c.session.order).toEqual({ size: 'large', count: 2 });
    expect(turn.events.filter((e) => e.type === 'set')).toEqual([
      expect.objectContaining({ path: 'order.size', value: 'large', source: 'button', blockId: 'menu' }),
      expect.objectContaining({ path: 'order.count', value: 2 }),
    ]);
    expectValidTrace(c.events);
  });

  it('1. typed text equal to a button title goes through NLP: it is not a click', async () => {
    const c = converse(pizza(), { intents });
    await c.start();
    const turn = await c.say('large');
    expect(texts(turn.messages)).toEqual(['Help!']);
    expect(turn.events.some((e) => e.type === 'set')).toBe(false);
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'user', via: 'text', text: 'large' }));
  });

  it('1. typed text equal to a button title is not understood when no intent fits', async () => {
    const c = converse(pizza());
    await c.start();
    const turn = await c.say('Large');
    expect(texts(turn.messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
    expect(c.session.order).toBeUndefined();
  });

  it('1. the newest message wins when two buttons share a title', async () => {
    const c = converse(
      project([
        {
          id: 'a',
          type: 'message',
          messages: [{ kind: 'buttons', text: 'old', buttons: [{ title: 'Go', goTo: 'old' }] }],
          next: 'b',
        },
        {
          id: 'b',
          type: 'message',
          messages: [{ kind: 'quickReplies', text: 'new', replies: [{ title: 'go', goTo: 'new' }] }],
        },
        { id: 'old', type: 'message', messages: [text('old')] },
        { id: 'new', type: 'message', messages: [text('new')] },
      ]),
    );
    await c.start();
    expect(texts((await c.click('GO')).messages)).toEqual(['new']);
  });

  it('1. a button of an earlier turn stays clickable', async () => {
    const c = converse(pizza(), { intents });
    await c.start();
    await c.click('Large');
    await c.say('help me');
    expect(c.waitingAt).toBe('help');
    const turn = await c.click('Large', 'large');
    expect(texts(turn.messages)).toEqual(['Large it is (1)']);
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'user', via: 'click', text: 'Large', target: 'large' }),
    );
  });

  it('1. carousel card buttons are matched too', async () => {
    const c = converse(
      project([
        {
          id: 'a',
          type: 'message',
          messages: [
            { kind: 'carousel', cards: [{ title: 'Pizza', buttons: [{ title: 'Order', goTo: 'b' }] }] },
          ],
        },
        { id: 'b', type: 'message', messages: [text('ordered')] },
      ]),
    );
    await c.start();
    expect(texts((await c.click('order')).messages)).toEqual(['ordered']);
  });

  it('click() presses a button by title and reports a missing one', async () => {
    const c = converse(pizza());
    await c.start();
    const miss = await c.click('Medium');
    expect(miss.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'button-not-found' }));
    expect(c.waitingAt).toBe('menu');
    const hit = await c.click('Large');
    expect(hit.events[0]).toMatchObject({ type: 'user', via: 'click', text: 'Large', blockId: 'menu' });
    expect(c.session.internal).toMatchObject({ messageType: 'postback', messageContent: 'Large' });
    expect(texts(hit.messages)).toEqual(['Large it is (1)']);
  });

  it('click() on a link button opens it and stays, typing its title does not match it', async () => {
    const c = converse(pizza());
    await c.start();
    const click = await c.click('Docs');
    expect(click.messages).toEqual([]);
    expect(c.waitingAt).toBe('menu');
    expect(texts((await c.say('docs')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
  });

  it('2. an intent above the threshold jumps to its block', async () => {
    const c = converse(pizza(), { intents });
    await c.start();
    expect(texts((await c.say('help me')).messages)).toEqual(['Help!']);
    expect((c.session.internal as { nlp: unknown }).nlp).toEqual({
      expression: 'help me',
      intent: { name: 'help', score: 0.9 },
      intents: [{ name: 'help', score: 0.9 }],
      entities: [],
    });
  });

  it('2. an intent at or below the threshold does not match', async () => {
    const c = converse(pizza(), { intents });
    await c.start();
    expect(texts((await c.say('maybe help')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
    const lower = converse(pizza(), { intents, nlpThreshold: 0.5 });
    await lower.start();
    expect(texts((await lower.say('maybe help')).messages)).toEqual(['Help!']);
  });

  it("2. the project's nlp.threshold is the default threshold", async () => {
    const c = converse(pizza({ nlp: { threshold: 0.95 } }), { intents });
    await c.start();
    expect(texts((await c.say('help me')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
  });

  it('2. an intent without a block does not route', async () => {
    const c = converse(pizza(), { intents });
    await c.start();
    expect(texts((await c.say('no block')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
  });

  it('2. an intent pulls the user out of a waiting input block', async () => {
    const c = converse(pizza(), { intents, startBlock: 'ask_name' });
    await c.start();
    expect(texts((await c.say('help me')).messages)).toEqual(['Help!']);
    expect(c.session.name).toBeUndefined();
  });

  it('2. disableNlp keeps intents from taking over the answer', async () => {
    const c = converse(pizza(), { intents, startBlock: 'ask_code' });
    await c.start();
    expect(texts((await c.say('help me')).messages)).toEqual(['Hello help me']);
    expect(c.session.code).toBe('help me');
  });

  it('3. the waiting input block stores the answer', async () => {
    const c = converse(pizza(), { intents, startBlock: 'ask_name' });
    await c.start();
    const turn = await c.say('Ann');
    expect(texts(turn.messages)).toEqual(['Hello Ann']);
    expect(turn.events).toContainEqual(
      expect.objectContaining({
        type: 'set',
        path: 'name',
        value: 'Ann',
        source: 'input',
        blockId: 'ask_name',
      }),
    );
  });

  it('4. unmatched input goes to the fallback block', async () => {
    const p = pizza({ fallbackBlock: 'help' });
    const c = converse(p);
    await c.start();
    const turn = await c.say('what?');
    expect(texts(turn.messages)).toEqual(['Help!']);
    expect(turn.waitingAt).toBe('help');
  });

  it('4. without a fallback block, a built-in reply stays put and the buttons stay clickable', async () => {
    const c = converse(pizza());
    await c.start();
    const turn = await c.say('what?');
    expect(turn.messages).toEqual([{ kind: 'text', text: NOT_UNDERSTOOD_TEXT }]);
    expect(turn.events.find((e) => e.type === 'message')).toMatchObject({ source: 'runtime' });
    expect(turn.waitingAt).toBe('menu');
    expect(texts((await c.click('large')).messages)).toEqual(['Large it is (1)']);
  });

  it('keeps lastUserMessage and internal.messageContent up to date', async () => {
    const c = converse(
      project([
        { id: 'echo', type: 'input', variable: 'x', askAlways: true, next: 'say' },
        {
          id: 'say',
          type: 'message',
          messages: [text('You said {lastUserMessage} / {internal.messageContent}')],
        },
      ]),
    );
    await c.start();
    expect(texts((await c.say('hey')).messages)).toEqual(['You said hey / hey']);
  });
});
