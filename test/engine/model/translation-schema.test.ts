// The translations map's schema checks a value in place and keeps it when valid (engine/model/translation.ts); it
// must accept, output and refuse exactly what the generic parser does, every issue with the same path and message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { textHash, translationsOf } from '../../../engine/model';

const fields = { text: z.string(), variants: z.array(z.string()) };
const fast = translationsOf(fields);
const plain = translationsOf(fields, { inPlace: false });

const outcome = (schema: typeof fast, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success
    ? { ok: true, data: r.data }
    : { ok: false, issues: r.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) };
};

const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', 'Hallo', 'Dag'));
const hash = fc.oneof(
  fc.string({ maxLength: 6 }).map(textHash),
  fc.constantFrom('ABCDEF12', '1234567', 'zzzzzzzz', ''),
);
const anything = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  text,
  fc.array(text, { maxLength: 2 }),
  fc.dictionary(text, text, { maxKeys: 2 }),
);
const language = fc.constantFrom(
  'nl',
  'fr',
  'nl-BE',
  'de',
  '__proto__',
  'constructor',
  'toString',
  'x',
  'NL_be',
  '',
);
const entry = fc.record(
  {
    text: fc.oneof(text, anything),
    variants: fc.oneof(fc.array(text, { maxLength: 3 }), anything),
    textHash: fc.oneof(hash, fc.array(hash, { maxLength: 2 }), anything),
    variantsHash: fc.oneof(fc.array(hash, { maxLength: 3 }), hash, anything),
    titleHash: hash,
    sourceHash: fc.record({ text: hash }, { requiredKeys: [] }),
    from: fc.record({ text }, { requiredKeys: [] }),
    extra: anything,
  },
  { requiredKeys: [] },
);
// Mostly valid entries too, so the in-place path's acceptance is tried as often as its refusals.
const validEntry = fc.record(
  {
    text,
    textHash: text.map(textHash),
    variants: fc.array(text, { maxLength: 3 }),
    variantsHash: fc.array(text.map(textHash), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const map = fc.oneof(
  fc.dictionary(language, entry, { maxKeys: 3 }),
  fc.dictionary(language, validEntry, { maxKeys: 3 }),
  fc.dictionary(language, anything, { maxKeys: 2 }),
  anything,
  fc.constant(undefined),
);

describe('the translations map schema', () => {
  it('keeps a valid map as it is, where the generic parser copies it', () => {
    const value = JSON.parse(
      `{"nl": {"text": "Hallo", "textHash": "${textHash('Hello')}", "variants": ["Hoi"], "variantsHash": ["${textHash('Hi')}"]}, "fr": {}}`,
    ) as unknown;
    const kept = fast.safeParse(value);
    const copied = plain.safeParse(value);
    expect(kept.success && copied.success).toBe(true);
    expect(kept.data).toBe(value);
    expect(copied.data).not.toBe(value);
    expect(kept.data).toEqual(copied.data);
  });

  it('copies what JSON cannot hold, as the generic parser does: an array with another key, a class instance', () => {
    const variants = Object.assign(['Hoi'], { extra: 1 });
    const odd = { nl: { variants } };
    const instance = { nl: Object.assign(Object.create({ inherited: 1 }) as object, { text: 'Hoi' }) };
    for (const value of [odd, instance]) {
      const r = fast.safeParse(value);
      expect(r.data).not.toBe(value);
      expect(outcome(fast, value)).toEqual(outcome(plain, value));
    }
  });

  it('takes only text fields whose output is their input', () => {
    expect(() => translationsOf({ text: z.string().min(1) })).toThrow(/text must be z.string\(\)/);
    expect(() => translationsOf({ variants: z.array(z.string().trim()) })).toThrow(/variants/);
    // A field named like a hash would be read as one.
    expect(() => translationsOf({ titleHash: z.string() })).toThrow(/titleHash cannot be translated/);
  });

  it('accepts, outputs and refuses exactly as the generic parser does', () => {
    fc.assert(
      fc.property(map, (value) => {
        // JSON round trip: a document's values come from JSON.parse (own `__proto__` keys included).
        const json = value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
        expect(outcome(fast, json)).toEqual(outcome(plain, json));
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses unknown fields (an older `sourceHash` too), a text for a hash and a hostile language with their paths', () => {
    const value = JSON.parse(
      `{"nl": {"text": "Hallo", "textHash": "Hallo", "bogus": 1, "sourceHash": {}}, "constructor": {}}`,
    ) as unknown;
    const r = outcome(fast, value);
    expect(r.ok).toBe(false);
    expect(r.issues!.map((i) => i.path.join('.')).sort()).toEqual(['constructor', 'nl', 'nl.textHash']);
  });
});
