import { describe, expect, it } from 'vitest';
import { NOT_UNDERSTOOD_TEXT, checkAnswer, parseDateAnswer } from '../../../engine/runtime';
import { converse, project, text, texts } from './fixtures';

function asker(input: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return project(
    [
      { id: 'ask', type: 'input', variable: 'answer', prompt: [text('Question?')], next: 'thanks', ...input },
      { id: 'thanks', type: 'message', messages: [text('Got {answer}')] },
      { id: 'failed', type: 'message', messages: [text('Handing over')] },
      { id: 'fallback', type: 'message', messages: [text('Fallback')] },
    ],
    extra,
  );
}

describe('input block', () => {
  it('sends the prompt on entry and waits', async () => {
    const turn = await converse(asker({})).start();
    expect(texts(turn.messages)).toEqual(['Question?']);
    expect(turn.waitingAt).toBe('ask');
  });

  it('is skipped when its variable already holds a value', async () => {
    const turn = await converse(asker({}), { session: { answer: 'x' } }).start();
    expect(texts(turn.messages)).toEqual(['Got x']);
  });

  it('asks anyway with askAlways', async () => {
    const turn = await converse(asker({ askAlways: true }), { session: { answer: 'x' } }).start();
    expect(texts(turn.messages)).toEqual(['Question?']);
  });

  it('an empty string or null does not count as a value', async () => {
    expect((await converse(asker({}), { session: { answer: '' } }).start()).waitingAt).toBe('ask');
    expect((await converse(asker({}), { session: { answer: null } }).start()).waitingAt).toBe('ask');
  });

  it('sends invalidMessage for an invalid answer and waits again', async () => {
    const c = converse(
      asker({ validate: { kind: 'number' }, invalidMessage: 'A number please, not "{lastUserMessage}"' }),
    );
    await c.start();
    const turn = await c.say('many');
    expect(texts(turn.messages)).toEqual(['A number please, not "many"']);
    expect(turn.waitingAt).toBe('ask');
    expect(turn.events.at(-1)).toMatchObject({ type: 'wait', blockId: 'ask' });
  });

  it('re-sends the prompt when there is no invalidMessage', async () => {
    const c = converse(asker({ validate: { kind: 'number' } }));
    await c.start();
    expect(texts((await c.say('many')).messages)).toEqual(['Question?']);
  });

  it('maxAttempts: the answer that uses up the attempts sends nothing and goes to onFail', async () => {
    const c = converse(
      asker({ validate: { kind: 'number' }, invalidMessage: 'Again', maxAttempts: 2, onFail: 'failed' }),
    );
    await c.start();
    expect(texts((await c.say('a')).messages)).toEqual(['Again']);
    expect(texts((await c.say('b')).messages)).toEqual(['Handing over']);
  });

  it('maxAttempts defaults to 3', async () => {
    const c = converse(asker({ validate: { kind: 'number' }, invalidMessage: 'Again', onFail: 'failed' }));
    await c.start();
    await c.say('a');
    expect(texts((await c.say('b')).messages)).toEqual(['Again']);
    expect(texts((await c.say('c')).messages)).toEqual(['Handing over']);
  });

  it('without onFail, used-up attempts go to the fallback block', async () => {
    const c = converse(
      asker({ validate: { kind: 'number' }, maxAttempts: 1 }, { fallbackBlock: 'fallback' }),
    );
    await c.start();
    expect(texts((await c.say('a')).messages)).toEqual(['Fallback']);
  });

  it('without onFail or fallback, used-up attempts warn, reply "not understood" and ask again', async () => {
    const c = converse(asker({ validate: { kind: 'number' }, maxAttempts: 1 }));
    await c.start();
    const turn = await c.say('a');
    expect(texts(turn.messages)).toEqual([NOT_UNDERSTOOD_TEXT]);
    expect(turn.events).toContainEqual(
      expect.objectContaining({ type: 'warning', code: 'input-no-fail-target' }),
    );
    expect(turn.waitingAt).toBe('ask');
  });

  it('a valid answer resets the attempts', async () => {
    const c = converse(
      project([
        {
          id: 'a',
          type: 'input',
          variable: 'x',
          validate: { kind: 'number' },
          maxAttempts: 2,
          onFail: 'f',
          invalidMessage: 'no',
          next: 'b',
        },
        {
          id: 'b',
          type: 'input',
          variable: 'y',
          validate: { kind: 'number' },
          maxAttempts: 2,
          onFail: 'f',
          invalidMessage: 'no',
          next: 'c',
        },
        { id: 'c', type: 'message', messages: [text('done')] },
        { id: 'f', type: 'message', messages: [text('failed')] },
      ]),
    );
    await c.start();
    await c.say('x');
    await c.say('1');
    expect(texts((await c.say('y')).messages)).toEqual(['no']);
  });

  it('stores a number for number validation, accepting 1,5 and 1.5', async () => {
    const c = converse(asker({ validate: { kind: 'number' } }));
    await c.start();
    await c.say('1,5');
    expect(c.session.answer).toBe(1.5);
  });

  it('stores the date as YYYY-MM-DD', async () => {
    const c = converse(asker({ validate: { kind: 'date' } }));
    await c.start();
    await c.say('24/11/2026');
    expect(c.session.answer).toBe('2026-11-24');
  });

  it('stores the choice as written in the block', async () => {
    const c = converse(asker({ validate: { kind: 'choice', choices: ['Large', 'Small'] } }));
    await c.start();
    await c.say('  large ');
    expect(c.session.answer).toBe('Large');
  });
});

describe('input validations', () => {
  it('any: stores the trimmed text, refuses an empty answer', () => {
    expect(checkAnswer({ kind: 'any' }, '  hi  ')).toEqual({ ok: true, value: 'hi' });
    expect(checkAnswer({ kind: 'any' }, '   ').ok).toBe(false);
  });

  it('number: accepts 1,5 1.5 -3 +2 and .5; refuses words and 1.2.3', () => {
    expect(['1,5', '1.5', '-3', '+2', '.5', ' 42 '].map((a) => checkAnswer({ kind: 'number' }, a))).toEqual([
      { ok: true, value: 1.5 },
      { ok: true, value: 1.5 },
      { ok: true, value: -3 },
      { ok: true, value: 2 },
      { ok: true, value: 0.5 },
      { ok: true, value: 42 },
    ]);
    expect(checkAnswer({ kind: 'number' }, 'ten').ok).toBe(false);
    expect(checkAnswer({ kind: 'number' }, '1.2.3').ok).toBe(false);
  });

  it('number: min and max are inclusive bounds', () => {
    const v = { kind: 'number', min: 1, max: 10 } as const;
    expect(checkAnswer(v, '1').ok).toBe(true);
    expect(checkAnswer(v, '10').ok).toBe(true);
    expect(checkAnswer(v, '0,5')).toMatchObject({ ok: false, reason: 'below the minimum 1' });
    expect(checkAnswer(v, '11')).toMatchObject({ ok: false, reason: 'above the maximum 10' });
  });

  it('email: stores the trimmed address', () => {
    expect(checkAnswer({ kind: 'email' }, ' ann@example.com ')).toEqual({
      ok: true,
      value: 'ann@example.com',
    });
    expect(checkAnswer({ kind: 'email' }, 'ann@example').ok).toBe(false);
    expect(checkAnswer({ kind: 'email' }, 'ann example.com').ok).toBe(false);
  });

  it('phone: 7 to 16 digits with common separators', () => {
    expect(checkAnswer({ kind: 'phone' }, '+32 (0)470 12.34.56')).toEqual({
      ok: true,
      value: '+32 (0)470 12.34.56',
    });
    expect(checkAnswer({ kind: 'phone' }, '123456').ok).toBe(false);
    expect(checkAnswer({ kind: 'phone' }, '12345678901234567').ok).toBe(false);
    expect(checkAnswer({ kind: 'phone' }, 'call me').ok).toBe(false);
  });

  it('date: accepts the documented forms and stores ISO', () => {
    for (const form of [
      '2026-11-24',
      '2026/11/24',
      '24/11/2026',
      '24-11-2026',
      '24.11.2026',
      '24/11/26',
      '24 November 2026',
      '24th nov 2026',
      'November 24, 2026',
      'Nov. 24 2026',
    ])
      expect([form, parseDateAnswer(form)]).toEqual([form, '2026-11-24']);
  });

  it('date: refuses impossible dates and other text', () => {
    for (const bad of ['31/02/2026', '2026-13-01', 'tomorrow', '24 Foo 2026', '11/24/2026'])
      expect([bad, parseDateAnswer(bad)]).toEqual([bad, null]);
  });

  it('regex: tests the trimmed answer with pattern and flags', () => {
    expect(checkAnswer({ kind: 'regex', pattern: '^[A-Z]{2}\\d{3}$' }, ' AB123 ')).toEqual({
      ok: true,
      value: 'AB123',
    });
    expect(checkAnswer({ kind: 'regex', pattern: '^[A-Z]{2}\\d{3}$' }, 'ab123').ok).toBe(false);
    expect(checkAnswer({ kind: 'regex', pattern: '^[A-Z]{2}\\d{3}$', flags: 'i' }, 'ab123').ok).toBe(true);
  });

  it('regex: an invalid pattern refuses the answer with a code', () => {
    expect(checkAnswer({ kind: 'regex', pattern: '(' }, 'x')).toMatchObject({
      ok: false,
      code: 'invalid-pattern',
    });
  });

  it('choice: case-insensitive, stores the choice as written', () => {
    expect(checkAnswer({ kind: 'choice', choices: ['Extra Large', 'Small'] }, 'extra large')).toEqual({
      ok: true,
      value: 'Extra Large',
    });
    expect(checkAnswer({ kind: 'choice', choices: ['Small'] }, 'medium').ok).toBe(false);
  });
});
