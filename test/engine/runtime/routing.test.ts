import { describe, expect, it } from 'vitest';
import { NOT_UNDERSTOOD_TEXT } from '../../../engine/runtime';
import { converse, fakeIntents, project, text, texts } from './fixtures';

// Two turns that both offer a "Yes" button, to different blocks.
function twoYes(extra: Record<string, unknown> = {}) {
  return project(
    [
      {
        id: 'q1',
        type: 'message',
        messages: [
          {
            kind: 'buttons',
            text: 'Pizza?',
            buttons: [{ title: 'Yes', goTo: 'pizza', set: { want: 'pizza' } }],
          },
        ],
      },
      {
        id: 'q2',
        type: 'message',
        messages: [{ kind: 'quickReplies', text: 'Drink?', replies: [{ title: 'Yes', goTo: 'drink' }] }],
      },
      { id: 'pizza', type: 'message', messages: [text('Pizza coming')], next: 'q2' },
      { id: 'drink', type: 'message', messages: [text('Drink coming')] },
      { id: 'nope', type: 'message', messages: [text('Not understood block')] },
    ],
    extra,
  );
}

describe('routing as Chatlayer routes (docs/file-format.md#turn-order)', () => {
  it('a click carries its target: the button of an earlier turn is the one pressed', async () => {
    const c = converse(twoYes());
    await c.start();
    expect(texts((await c.click('Yes')).messages)).toEqual(['Pizza coming', 'Drink?']);
    // The newest "Yes" leads to drink; the old one, named by its target, still leads to pizza and sets its value.
    const old = await c.click('Yes', 'pizza');
    expect(texts(old.messages)).toEqual(['Pizza coming', 'Drink?']);
    expect(old.events).toContainEqual(
      expect.objectContaining({ type: 'set', path: 'want', source: 'button' }),
    );
    expect(texts((await c.click('Yes')).messages)).toEqual(['Drink coming']);
  });

  it('a postback naming a block no sent button leads to is refused', async () => {
    const c = converse(twoYes());
    await c.start();
    const hostile = await c.click('Yes', 'nope');
    expect(hostile.messages).toEqual([]);
    expect(hostile.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'button-not-found', blockId: 'q1' }),
    );
    expect(c.waitingAt).toBe('q1');
    expect(c.session.want).toBeUndefined();
  });

  it('a postback with a real target but a title the bot never sent is refused', async () => {
    const c = converse(twoYes());
    await c.start();
    const turn = await c.click('Absolutely', 'pizza');
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'button-not-found' }));
    expect(c.waitingAt).toBe('q1');
  });

  it('a postback to a block whose button was not sent yet is refused', async () => {
    const c = converse(twoYes());
    await c.start();
    const turn = await c.click('Yes', 'drink');
    expect(turn.events).toContainEqual(expect.objectContaining({ type: 'error', code: 'button-not-found' }));
  });

  it('typed text equal to a button title reaches the waiting input block as an answer', async () => {
    const p = project([
      {
        id: 'ask',
        type: 'input',
        variable: 'answer',
        prompt: [{ kind: 'quickReplies', text: 'Sure?', replies: [{ title: 'Yes', goTo: 'clicked' }] }],
        next: 'typed',
      },
      { id: 'typed', type: 'message', messages: [text('You typed {answer}')] },
      { id: 'clicked', type: 'message', messages: [text('You clicked')] },
    ]);
    const c = converse(p);
    await c.start();
    expect(texts((await c.say('yes')).messages)).toEqual(['You typed yes']);
  });
});

describe('maximum message length (docs/file-format.md#turn-order)', () => {
  const intents = fakeIntents({});
  const long = 'x'.repeat(1_001);

  it('a message over 1,000 characters goes to Not understood, even at an input block', async () => {
    const p = project(
      [
        { id: 'ask', type: 'input', variable: 'name', prompt: [text('Name?')], next: 'hi' },
        { id: 'hi', type: 'message', messages: [text('Hi')] },
        { id: 'fallback', type: 'message', messages: [text('Too much')] },
      ],
      { fallbackBlock: 'fallback' },
    );
    const c = converse(p, { intents });
    await c.start();
    const turn = await c.say(long);
    expect(texts(turn.messages)).toEqual(['Too much']);
    expect(c.session.name).toBeUndefined();
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'warning', code: 'message-too-long' }),
    );
    expect(texts((await converse(p).start()).messages)).toEqual(['Name?']);
  });

  it('exactly the limit is still understood', async () => {
    const p = project([
      { id: 'ask', type: 'input', variable: 'name', prompt: [text('Name?')], next: 'hi' },
      { id: 'hi', type: 'message', messages: [text('Hi')] },
    ]);
    const c = converse(p);
    await c.start();
    expect(texts((await c.say('y'.repeat(1_000))).messages)).toEqual(['Hi']);
  });

  it("the project's nlp.maxMessageLength sets the limit; without a fallback the built-in reply stays put", async () => {
    const p = project(
      [
        { id: 'ask', type: 'input', variable: 'name', prompt: [text('Name?')], next: 'hi' },
        { id: 'hi', type: 'message', messages: [text('Hi')] },
      ],
      { nlp: { threshold: 0.7, maxMessageLength: 5 } },
    );
    const c = converse(p);
    await c.start();
    expect(texts((await c.say('Annabel')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
    expect(c.waitingAt).toBe('ask');
    expect(texts((await c.say('Ann')).messages)).toEqual(['Hi']);
  });

  it('a click is not a typed message: its title length does not count', async () => {
    const title = 'T'.repeat(30);
    const p = project(
      [
        {
          id: 'a',
          type: 'message',
          messages: [{ kind: 'buttons', text: 'Go?', buttons: [{ title, goTo: 'b' }] }],
        },
        { id: 'b', type: 'message', messages: [text('went')] },
      ],
      { nlp: { threshold: 0.7, maxMessageLength: 5 } },
    );
    const c = converse(p);
    await c.start();
    expect(texts((await c.click(title)).messages)).toEqual(['went']);
  });
});
