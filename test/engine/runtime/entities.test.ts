// Entities in conversations (docs/file-format.md#entities): extraction before routing, stored and traced; input
// blocks skipped when an entity filled their variable; validation against entities from a whole sentence.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../engine/runtime';
import { converse, expectValidTrace, project, text, texts } from './fixtures';

const NOW = Date.UTC(2026, 11, 2, 9); // Wednesday 2 December 2026
const destination = {
  name: 'destination',
  kind: 'match',
  values: [{ value: 'London', synonyms: ['Londres', 'Londen'] }, { value: 'Paris' }],
};

function booking(extra: Record<string, unknown> = {}) {
  return project(
    [
      { id: 'hello', type: 'message', messages: [text('Where to?')], next: 'where' },
      {
        id: 'where',
        type: 'input',
        variable: 'destination',
        prompt: [text('Which city?')],
        validate: { kind: 'entity', entity: 'destination' },
        next: 'when',
      },
      {
        id: 'when',
        type: 'input',
        variable: 'sys.date',
        prompt: [text('Which day?')],
        validate: { kind: 'entity', entity: 'sys.date', only: 'future' },
        next: 'done',
      },
      { id: 'done', type: 'message', messages: [text('Flying to {destination} on {sys.date}')] },
    ],
    { entities: [destination], ...extra } as never,
  );
}

describe('entities in a conversation', () => {
  it('stores recognised entities before routing, traces them, and skips the inputs they filled', async () => {
    const c = converse(booking(), { clock: fixedClock(NOW) });
    await c.start();
    const turn = await c.say('I want to fly to London tomorrow');
    expectValidTrace(turn.events);
    // "where" was waiting: it takes London; "when" is skipped since sys.date holds tomorrow.
    expect(texts(turn.messages)).toEqual(['Flying to London on 03-12-2026']);
    const entities = turn.events.find((e) => e.type === 'entities');
    expect(entities).toMatchObject({
      blockId: 'where',
      entities: [
        { entity: 'destination', value: 'London' },
        { entity: 'sys.date', value: '03-12-2026' },
      ],
    });
    const sets = turn.events
      .filter((e) => e.type === 'set' && e.source === 'entity')
      .map((e) => e.type === 'set' && e.path);
    expect(sets).toEqual(['destination', 'sys.date']);
    expect(turn.events.findIndex((e) => e.type === 'entities')).toBeLessThan(
      turn.events.findIndex((e) => e.type === 'enter'),
    );
  });

  it('asks an input again with askAlways, even when an entity filled its variable', async () => {
    const p = booking();
    const when = p.flows[0]!.blocks[2]!;
    if (when.type === 'input') when.askAlways = true;
    const c = converse(p, { clock: fixedClock(NOW) });
    await c.start();
    expect(texts((await c.say('Paris tomorrow')).messages)).toEqual(['Which day?']);
  });

  it('reads the value from a whole sentence, in Chatlayer format, and refuses past dates for future-only', async () => {
    const c = converse(booking(), { clock: fixedClock(NOW) });
    await c.start();
    expect(texts((await c.say('to Londres please')).messages)).toEqual(['Which day?']);
    expect(texts((await c.say('yesterday')).messages)).toEqual(['Which day?']);
    expect(texts((await c.say('in two days')).messages)).toEqual(['Flying to London on 04-12-2026']);
  });

  it('stores sys.number as a string, phone numbers normalised, amounts with their currency', async () => {
    const p = project(
      [
        {
          id: 'ask',
          type: 'input',
          variable: 'n',
          prompt: [text('?')],
          validate: { kind: 'entity', entity: 'sys.number' },
        },
      ],
      { language: 'nl-BE' },
    );
    const c = converse(p, { clock: fixedClock(NOW) });
    await c.start();
    await c.say('mijn nummer is 0487 23 02 03 en ik betaal 20 euro');
    expect(c.session).toMatchObject({
      n: '20',
      sys: {
        phone_number: '(+32) 487230203',
        amount_of_money: '20',
        amount_of_money_currency: 'EUR',
        number: '20',
      },
    });
  });

  it('validates "eighty eight" as sys.number 88', async () => {
    const p = project([
      {
        id: 'ask',
        type: 'input',
        variable: 'age',
        prompt: [text('Age?')],
        validate: { kind: 'entity', entity: 'sys.number' },
        next: 'ok',
      },
      { id: 'ok', type: 'message', messages: [text('{age}')] },
    ]);
    const c = converse(p, { clock: fixedClock(NOW) });
    await c.start();
    expect(texts((await c.say('eighty eight')).messages)).toEqual(['88']);
  });

  it('keeps fuzzy matches at or above the entity threshold only', async () => {
    const strict = converse(booking({ nlp: { threshold: 0.7, entityThreshold: 0.9 } }), {
      clock: fixedClock(NOW),
    });
    await strict.start();
    expect(texts((await strict.say('Lundon')).messages)).toEqual(['Which city?']);
    const loose = converse(booking({ nlp: { threshold: 0.7, entityThreshold: 0.8 } }), {
      clock: fixedClock(NOW),
    });
    await loose.start();
    expect(texts((await loose.say('Lundon')).messages)).toEqual(['Which day?']);
    expect(loose.session).toMatchObject({ destination: 'London' });
  });

  it('leaves an answer to a sensitive variable out of entity extraction', async () => {
    const p = project([{ id: 'ask', type: 'input', variable: 'pin', prompt: [text('PIN?')] }], {
      variables: [{ name: 'pin', sensitive: true }],
    });
    const c = converse(p, { clock: fixedClock(NOW) });
    await c.start();
    const turn = await c.say('1234 5678 90');
    expect(turn.events.some((e) => e.type === 'entities')).toBe(false);
    expect(c.session).not.toHaveProperty('sys');
  });

  it('survives an empty and a 10,000-character message', async () => {
    const c = converse(booking(), { clock: fixedClock(NOW) });
    await c.start();
    const long = 'London tomorrow 42 '.repeat(527).slice(0, 10_000);
    await expect(c.say('')).resolves.toBeDefined();
    const turn = await c.say(long);
    expect(turn.events.some((e) => e.type === 'warning' && e.code === 'message-too-long')).toBe(true);
  });
});

describe('new input types', () => {
  const asker = (validate: unknown, extra: Record<string, unknown> = {}) =>
    project([
      {
        id: 'ask',
        type: 'input',
        variable: 'answer',
        prompt: [text('?')],
        validate,
        next: 'ok',
        maxAttempts: 3,
        invalidMessage: 'Again?',
        ...extra,
      },
      { id: 'ok', type: 'message', messages: [text('ok')] },
    ]);
  const answer = async (validate: unknown, say: string) => {
    const c = converse(asker(validate), { clock: fixedClock(NOW) });
    await c.start();
    const turn = await c.say(say);
    return { value: (c.session as Record<string, unknown>).answer, turn };
  };

  it('url, time and language read a sentence', async () => {
    expect((await answer({ kind: 'url' }, 'it is on www.example.com/shop')).value).toBe(
      'www.example.com/shop',
    );
    expect((await answer({ kind: 'time' }, 'at 3pm please')).value).toBe('15:00');
    expect((await answer({ kind: 'language' }, 'Nederlands graag')).value).toBe('nl');
  });

  it('location stores the mocked geocoding answer and says it is mocked', async () => {
    const { value, turn } = await answer({ kind: 'location' }, 'I live in Gent');
    expect(value).toMatchObject({
      city: 'Ghent',
      countryCode: 'BE',
      latitude: 51.0543,
      longitude: 3.7174,
      mocked: true,
    });
    expect(turn.events.find((e) => e.type === 'warning')).toMatchObject({ code: 'location-mocked' });
  });

  it('sends failMessage on the third failure, apart from the invalid message', async () => {
    const c = converse(asker({ kind: 'url' }, { failMessage: 'Let me get a colleague.', onFail: 'ok' }), {
      clock: fixedClock(NOW),
    });
    await c.start();
    expect(texts((await c.say('no')).messages)).toEqual(['Again?']);
    expect(texts((await c.say('no')).messages)).toEqual(['Again?']);
    expect(texts((await c.say('no')).messages)).toEqual(['Let me get a colleague.', 'ok']);
  });
});
