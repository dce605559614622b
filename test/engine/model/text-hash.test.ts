// The hash a translation keeps of its primary text, and the schema of `sourceHash` (docs/file-format.md#languages).
import { describe, expect, it } from 'vitest';
import { Message, textHash, valueHash } from '../../../engine/model';

describe('textHash', () => {
  it('is FNV-1a (32 bits) of the UTF-8 bytes, as 8 lowercase hex digits', () => {
    // The published FNV-1a test vectors, then texts beyond ASCII (2, 3 and 4 UTF-8 bytes, a lone surrogate).
    expect(['', 'a', 'foobar'].map(textHash)).toEqual(['811c9dc5', 'e40c292c', 'bf9cf968']);
    const utf8 = (s: string) => {
      let h = 0x811c9dc5;
      for (const b of new TextEncoder().encode(s)) h = Math.imul(h ^ b, 0x01000193);
      return (h >>> 0).toString(16).padStart(8, '0');
    };
    for (const s of ['é', 'Welke maat?', '€ 5', '😀 pizza', 'a\ud800b', '\udc00'])
      expect(textHash(s)).toBe(utf8(s));
  });

  it('hashes a list per element', () => {
    expect(valueHash(['Hi', 'Hey'])).toEqual([textHash('Hi'), textHash('Hey')]);
    expect(valueHash('Hi')).toBe('67eb44ba');
  });
});

describe('the sourceHash of a translation', () => {
  const message = (sourceHash: unknown) => ({
    kind: 'text',
    text: 'Hi',
    variants: ['Hey'],
    translations: { nl: { text: 'Hoi', variants: ['Hé'], sourceHash } },
  });
  const paths = (value: unknown) => {
    const r = Message.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('holds a hash per translated field, a list of hashes for a list field', () => {
    expect(paths(message({ text: textHash('Hi'), variants: [textHash('Hey')] }))).toEqual([]);
  });

  it('refuses a text instead of a hash, a single hash for a list, an unknown field, and a missing sourceHash', () => {
    const at = 'translations.nl.sourceHash';
    expect(paths(message({ text: 'Hi' }))).toEqual([`${at}.text`]);
    expect(paths(message({ text: 'ABCDEF12' }))).toEqual([`${at}.text`]);
    expect(paths(message({ variants: textHash('Hey') }))).toEqual([`${at}.variants`]);
    expect(paths(message({ title: textHash('Hi') }))).toEqual([at]);
    expect(paths({ ...message({}), translations: { nl: { text: 'Hoi' } } })).toEqual([at]);
  });
});
