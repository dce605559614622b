import { describe, expect, it } from 'vitest';
import { NOT_UNDERSTOOD_TEXT } from '../../../engine/runtime';
import { converse, expectValidTrace, fakeIntents, project, text, texts } from './fixtures';

// One `yes` intent serves two questions: each question sets its own context, each answer block requires one.
function yesBot(extra: Record<string, unknown> = {}) {
  return project(
    [
      { id: 'start', type: 'message', messages: [text('Hi')] },
      {
        id: 'dessert',
        type: 'message',
        messages: [text('Free dessert?')],
        contexts: { output: [{ name: 'dessert', lifespan: 1 }] },
      },
      {
        id: 'confirm',
        type: 'message',
        messages: [text('Place the order?')],
        contexts: { output: [{ name: 'confirm', lifespan: 2 }] },
      },
      {
        id: 'dessert_yes',
        type: 'message',
        messages: [text('Dessert added')],
        intent: 'yes',
        contexts: { input: ['dessert'] },
      },
      {
        id: 'confirm_yes',
        type: 'message',
        messages: [text('Order placed')],
        intent: 'yes',
        contexts: { input: ['confirm'] },
      },
      { id: 'plain_yes', type: 'message', messages: [text('Yes to what?')] },
    ],
    {
      intents: [
        { id: 'yes', examples: ['yes'] },
        { id: 'dessert_q', examples: ['dessert'], block: 'dessert' },
        { id: 'confirm_q', examples: ['confirm'], block: 'confirm' },
      ],
      ...extra,
    },
  );
}
const intents = fakeIntents({
  yes: [{ intent: 'yes', score: 0.9 }],
  dessert: [{ intent: 'dessert_q', score: 0.9 }],
  confirm: [{ intent: 'confirm_q', score: 0.9 }],
  'sort of': [{ intent: 'yes', score: 0.7 }],
  'just above': [{ intent: 'yes', score: 0.7000001 }],
});
const contextsOf = (c: { session: Record<string, unknown> }) =>
  (c.session.internal as { contexts: Record<string, number> }).contexts;

describe('contexts', () => {
  it('one intent leads to the block whose input context is active', async () => {
    const c = converse(yesBot(), { intents });
    await c.start();
    await c.say('dessert');
    expect(contextsOf(c)).toEqual({ dessert: 1 });
    expect(texts((await c.say('yes')).messages)).toEqual(['Dessert added']);
    await c.say('confirm');
    expect(texts((await c.say('yes')).messages)).toEqual(['Order placed']);
    expectValidTrace(c.events);
  });

  it('without its input context a block is not a candidate: the intent goes to Not understood, with a warning', async () => {
    const c = converse(yesBot(), { intents });
    await c.start();
    const turn = await c.say('yes');
    expect(texts(turn.messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'warning', code: 'intent-context-inactive' }),
    );
  });

  it('lifespans count down per user turn and a context at 0 is gone', async () => {
    const c = converse(yesBot(), { intents });
    await c.start();
    await c.say('confirm');
    expect(contextsOf(c)).toEqual({ confirm: 2 });
    await c.say('nothing known');
    expect(contextsOf(c)).toEqual({ confirm: 1 });
    expect(texts((await c.say('yes')).messages)).toEqual(['Order placed']);
    expect(contextsOf(c)).toEqual({});
  });

  it('a click is a user turn too: contexts lose a turn', async () => {
    const p = yesBot();
    p.flows[0]!.blocks[0] = {
      id: 'start',
      type: 'message',
      messages: [{ kind: 'buttons', text: 'Hi', buttons: [{ title: 'Go', goTo: 'plain_yes' }] }],
    };
    const c = converse(p, { intents, contexts: { dessert: 2 } });
    await c.start();
    await c.click('Go');
    expect(contextsOf(c)).toEqual({ dessert: 1 });
  });

  it('the highest lifespan wins when several blocks have their contexts active', async () => {
    const c = converse(yesBot(), { intents, contexts: { dessert: 3, confirm: 2 } });
    await c.start();
    expect(texts((await c.say('yes')).messages)).toEqual(['Dessert added']);
    const d = converse(yesBot(), { intents, contexts: { dessert: 1, confirm: 4 } });
    await d.start();
    expect(texts((await d.say('yes')).messages)).toEqual(['Order placed']);
  });

  it("a block with its contexts active beats the intent's own block without contexts", async () => {
    const p = yesBot();
    p.intents[0] = { id: 'yes', examples: ['yes'], block: 'plain_yes' };
    const c = converse(p, { intents, contexts: { confirm: 1 } });
    await c.start();
    expect(texts((await c.say('yes')).messages)).toEqual(['Order placed']);
    expect(texts((await c.say('yes')).messages)).toEqual(['Yes to what?']);
  });

  it('a block requiring two contexts needs both', async () => {
    const p = yesBot();
    p.flows[0]!.blocks[4] = { ...p.flows[0]!.blocks[4]!, contexts: { input: ['confirm', 'adult'] } };
    const c = converse(p, { intents, contexts: { confirm: 1 } });
    await c.start();
    expect(texts((await c.say('yes')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
    const d = converse(p, { intents, contexts: { confirm: 1, adult: 5 } });
    await d.start();
    expect(texts((await d.say('yes')).messages)).toEqual(['Order placed']);
  });

  it('entering a block again resets its output context to the full lifespan', async () => {
    const c = converse(yesBot(), { intents, contexts: { confirm: 1 } });
    await c.start();
    await c.say('confirm');
    expect(contextsOf(c)).toEqual({ confirm: 2 });
  });

  it('starting contexts that reach a prototype are dropped', async () => {
    const c = converse(yesBot(), {
      intents,
      contexts: JSON.parse('{"__proto__": 3, "ok": 2}') as Record<string, number>,
    });
    await c.start();
    expect(contextsOf(c)).toEqual({ ok: 2 });
    expect(Object.getPrototypeOf(contextsOf(c))).toBe(Object.prototype);
  });
});

describe('internal.nlp', () => {
  const nlpOf = (c: { session: Record<string, unknown> }) => (c.session.internal as { nlp: unknown }).nlp;

  it('a score exactly at the threshold is not understood and leaves intent null; just above matches', async () => {
    const c = converse(yesBot(), { intents, contexts: { confirm: 3 } });
    await c.start();
    expect(texts((await c.say('sort of')).messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
    expect(nlpOf(c)).toEqual({
      expression: 'sort of',
      intent: null,
      intents: [{ name: 'yes', score: 0.7 }],
      entities: [],
    });
    expect(texts((await c.say('just above')).messages)).toEqual(['Order placed']);
    expect(nlpOf(c)).toMatchObject({ intent: { name: 'yes', score: 0.7000001 } });
  });

  it('is filled with null fields on a text turn without a classifier', async () => {
    const c = converse(yesBot());
    await c.start();
    await c.say('hello');
    expect(nlpOf(c)).toEqual({ expression: 'hello', intent: null, intents: [], entities: [] });
  });

  it('is filled with null fields on a message over the length limit and on an input block without NLP', async () => {
    const p = project(
      [
        {
          id: 'ask',
          type: 'input',
          variable: 'code',
          prompt: [text('Code?')],
          disableNlp: true,
          next: 'ask',
        },
      ],
      {
        nlp: { threshold: 0.7, maxMessageLength: 5 },
        intents: [{ id: 'yes', examples: ['yes'], block: 'ask' }],
      },
    );
    const c = converse(p, { intents });
    await c.start();
    await c.say('yes');
    expect(nlpOf(c)).toEqual({ expression: 'yes', intent: null, intents: [], entities: [] });
    await c.say('far too long');
    expect(nlpOf(c)).toEqual({ expression: 'far too long', intent: null, intents: [], entities: [] });
  });

  it('a click runs no NLP: the button title with null fields, not the previous turn', async () => {
    const p = yesBot();
    p.flows[0]!.blocks[0] = {
      id: 'start',
      type: 'message',
      messages: [{ kind: 'quickReplies', text: 'Hi', replies: [{ title: 'Yes', goTo: 'plain_yes' }] }],
    };
    const c = converse(p, { intents });
    await c.start();
    await c.say('yes');
    await c.click('Yes');
    expect(nlpOf(c)).toEqual({ expression: 'Yes', intent: null, intents: [], entities: [] });
  });
});

describe('skip introduction', () => {
  it("the project's setting: start() runs nothing and the first message is a normal turn", async () => {
    const c = converse(yesBot({ settings: { skipIntroduction: true } }), { intents });
    const start = await c.start();
    expect(start.messages).toEqual([]);
    expect(c.waitingAt).toBeNull();
    expect(texts((await c.say('confirm')).messages)).toEqual(['Place the order?']);
    expect((c.session.internal as { messageType: string }).messageType).toBe('text');
  });

  it('the option overrides the project, and an explicit start block still runs', async () => {
    const off = converse(yesBot({ settings: { skipIntroduction: true } }), {
      intents,
      skipIntroduction: false,
    });
    expect(texts((await off.start()).messages)).toEqual(['Hi']);
    const on = converse(yesBot(), { intents, skipIntroduction: true });
    expect(texts((await on.say('dessert')).messages)).toEqual(['Free dessert?']);
    const here = converse(yesBot(), { skipIntroduction: true, startBlock: 'confirm' });
    expect(texts((await here.start()).messages)).toEqual(['Place the order?']);
  });
});
