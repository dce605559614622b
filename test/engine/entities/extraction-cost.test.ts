// What keeps extraction cheap (docs/file-format.md#entities): a bounded read of long messages, custom entities
// compiled once per entity list, and the system entities of a sentence read once per turn.
import { describe, expect, it } from 'vitest';
import {
  compileEntities,
  compileEntity,
  extractEntities,
  extractValue,
  MAX_EXTRACTION_LENGTH,
} from '../../../engine/entities';
import type { Entity } from '../../../engine/model';

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const entities: Entity[] = [
  { name: 'city', kind: 'match', values: [{ value: 'London', synonyms: ['Londres'] }, { value: 'Zürich' }] },
  { name: 'order', kind: 'regex', pattern: '\\bORD-\\d{4}\\b' },
];

/** Long messages of every kind the extractors read, and some that are hard for regexes. */
const LONG = {
  words: 'London tomorrow 42 '.repeat(600),
  digits: '1'.repeat(10_000),
  'digits and separators': '12/12/2026 0487 23 02 03 '.repeat(420),
  'date words': 'next friday morning in two hours '.repeat(320),
  'e-mails and urls': 'ann@example.com www.example.com/a '.repeat(300),
  'one long word': 'a'.repeat(10_000),
  'accents and fuzzy words': 'Zürichh Londen café '.repeat(500),
  spaces: ' '.repeat(10_000),
};

describe('extraction cost', () => {
  it('returns nothing for an empty or blank message', () => {
    for (const text of ['', '   ', '\n\t'])
      expect(extractEntities(text, { language: 'en', now: NOW, entities })).toEqual([]);
  });

  it.each(Object.entries(LONG))(
    'reads only the first %s of a 10,000-character message, in bounded time',
    (_, text) => {
      const message = text.slice(0, 10_000);
      expect(message.length).toBeGreaterThanOrEqual(9_900);
      // Warm up the extractors on the message's start (chrono compiles and optimises on first use).
      extractEntities(message.slice(0, 300), { language: 'en', now: NOW - 1, entities });
      const started = performance.now();
      const found = extractEntities(message, { language: 'en', now: NOW, entities });
      // Generous for a shared machine: a sentence takes well under a millisecond of CPU, 2,000 characters at most
      // about 25 ms (measured: dates and phone numbers repeated), several times that when the machine is busy.
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(found.every((f) => f.end <= MAX_EXTRACTION_LENGTH)).toBe(true);
    },
  );

  it('compiles an entity list once, and each entity of it once for input validation', () => {
    expect(compileEntities(entities)).toBe(compileEntities(entities));
    expect(compileEntity(entities, 'city')).toBe(compileEntity(entities, 'city'));
    expect(compileEntity(entities, 'city').regexes).toEqual([]);
    expect(compileEntity(entities, 'order').byFirstWord.size).toBe(0);
  });

  it('remembers fuzzy lookups per threshold, so a stricter threshold is not answered from a looser one', () => {
    const fuzzy = (threshold: number) =>
      extractEntities('to Londen please', { language: 'en', now: NOW, entities, threshold }).find(
        (r) => r.entity === 'city',
      )?.value;
    expect(fuzzy(0.8)).toBe('London');
    expect(fuzzy(0.9)).toBeUndefined();
    expect(fuzzy(0.8)).toBe('London');
  });

  it('validates an answer against a custom entity as the turn extraction reads it', () => {
    const options = { language: 'en', now: NOW, entities };
    for (const answer of ['to Londres please', 'zurich', 'order ORD-1234 now', 'nothing here']) {
      const turn = extractEntities(answer, options);
      for (const name of ['city', 'order']) {
        const first = turn.find((r) => r.entity === name);
        const got = extractValue(name, answer, options);
        expect(got.ok ? got.value : undefined).toEqual(first?.value);
      }
    }
  });

  it('reads a remembered sentence again when the clock or the language tag differ', () => {
    const at = (now: number) => extractEntities('tomorrow', { language: 'en', now });
    expect(at(NOW).find((r) => r.entity === 'sys.date')?.value).toBe('03-12-2026');
    expect(at(NOW + 86_400_000).find((r) => r.entity === 'sys.date')?.value).toBe('04-12-2026');
    const phone = (language: string) =>
      extractValue('sys.phone_number', '0487 23 02 03', { language, now: NOW });
    expect(phone('nl-BE')).toMatchObject({ ok: true, value: '(+32) 487230203' });
    expect(phone('fr-FR')).not.toMatchObject({ value: '(+32) 487230203' });
  });

  it('does not let a caller change what is remembered', () => {
    const first = extractEntities('in two days', { language: 'en', now: NOW });
    first.length = 0;
    expect(extractEntities('in two days', { language: 'en', now: NOW }).length).toBeGreaterThan(0);
  });
});
