import { describe, expect, it } from 'vitest';
import {
  formatNlpCheck,
  liveEntityValues,
  nlpCheck,
  nlpCheckDiffers,
  type ExtractIntents,
  type LiveExtraction,
} from '../../../../engine/chatlayer/nlp-check';
import { project, message } from '../../../builders';

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const bot = {
  ...project({
    blocks: [message('welcome'), message('book')],
    intents: [
      {
        id: 'book',
        examples: ['fly to London tomorrow', 'a table for 4 people', 'book Paris', 'hello there'],
        block: 'book',
      },
    ],
  }),
  entities: [
    {
      name: 'city',
      kind: 'match' as const,
      values: [{ value: 'London', synonyms: ['Londres'] }, { value: 'Paris' }],
    },
  ],
};

/** The live NLP: right intent; entities per sentence, disagreeing on two of them. */
const live: Record<string, LiveExtraction['entities']> = {
  // Agrees: the same city and date (Chatlayer's DD-MM-YYYY).
  'fly to London tomorrow': [
    { entity: 'city', value: 'London' },
    { entity: 'sys.date', value: '03-12-2026' },
  ],
  // A number as a number agrees with Botloom's "4"; the live NLP also reads a duration Botloom does not.
  'a table for 4 people': [
    { entity: 'sys.number', value: 4 },
    { entity: 'sys.duration', value: '4' },
  ],
  // Another value, and an item in a shape Botloom cannot read.
  'book Paris': [{ entity: 'city', value: 'London' }, { kind: 'odd' }],
  'hello there': [],
};
const extract: ExtractIntents = async (e) => ({
  intents: [{ intent: 'book', score: 0.95 }],
  entities: live[e]!,
});

describe('NLP check: entities', () => {
  it('lists per sentence the entities Botloom and the live NLP disagree on', async () => {
    const r = await nlpCheck(bot, extract, { now: NOW });
    expect(r.rows).toEqual([]);
    expect(r.entities?.sentences).toBe(4);
    expect(r.entities?.rows).toEqual([
      {
        intent: 'book',
        example: 'a table for 4 people',
        entity: 'sys.duration',
        botloom: null,
        live: '4',
        problem: 'only-live',
      },
      {
        intent: 'book',
        example: 'book Paris',
        entity: 'city',
        botloom: 'Paris',
        live: 'London',
        problem: 'different-value',
      },
    ]);
    expect(r.entities?.unreadable).toBe(1);
    expect(nlpCheckDiffers(r)).toBe(true);
  });

  it('counts agreements and disagreements per entity', async () => {
    const r = await nlpCheck(bot, extract, { now: NOW });
    const counts = Object.fromEntries((r.entities?.counts ?? []).map((c) => [c.entity, c]));
    expect(counts['city']).toMatchObject({ agree: 1, differentValue: 1, onlyBotloom: 0, onlyLive: 0 });
    expect(counts['sys.date']).toMatchObject({ agree: 1 });
    expect(counts['sys.number']).toMatchObject({ agree: 1 });
    expect(counts['sys.duration']).toMatchObject({ agree: 0, onlyLive: 1 });
  });

  it('reports what only Botloom recognises', async () => {
    const r = await nlpCheck(bot, async () => ({ intents: [{ intent: 'book', score: 0.9 }], entities: [] }), {
      now: NOW,
    });
    expect(r.entities?.rows.map((x) => `${x.example}: ${x.entity} ${x.problem}`)).toEqual([
      'fly to London tomorrow: city only-botloom',
      'fly to London tomorrow: sys.date only-botloom',
      'a table for 4 people: sys.number only-botloom',
      'book Paris: city only-botloom',
    ]);
  });

  it('prints the disagreements and a summary per entity after the intents', async () => {
    const text = formatNlpCheck(await nlpCheck(bot, extract, { now: NOW }));
    expect(text).toMatch(/^All 4 intent examples are classified as in the project/);
    expect(text).toMatch(/example\s+entity\s+botloom\s+live\s+problem/);
    expect(text).toMatch(/book Paris\s+city\s+Paris\s+London\s+different-value/);
    expect(text).toContain('Entities: 2 disagreements in 4 example sentences.');
    expect(text).toMatch(/entity\s+agree\s+only botloom\s+only live\s+different value/);
    expect(text).toMatch(/sys\.duration\s+0\s+0\s+1\s+0/);
    expect(text).toContain('1 live entity items were not { entity, value } objects');
  });

  it('compares no entities when the extractor answers intents only', async () => {
    const r = await nlpCheck(bot, async () => [{ intent: 'book', score: 0.9 }], { now: NOW });
    expect(r.entities).toBeUndefined();
    expect(nlpCheckDiffers(r)).toBe(false);
    expect(formatNlpCheck(r)).not.toContain('Entities');
  });

  it('reads live items as { entity, value } or { name, value }, first value per entity', () => {
    const read = liveEntityValues([
      { name: 'city', value: 'Paris' },
      { entity: 'city', value: 'London' },
      null,
      'sys.number',
      { entity: 'sys.number' },
    ]);
    expect([...read.values]).toEqual([['city', 'Paris']]);
    expect(read.unreadable).toBe(3);
  });
});
