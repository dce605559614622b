// The hash a translation keeps of its primary text, and the schema of `<field>Hash` (docs/file-format.md#languages).
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

describe('the hashes of a translation', () => {
  const message = (hashes: Record<string, unknown>) => ({
    kind: 'text',
    text: 'Hi',
    variants: ['Hey'],
    translations: { nl: { text: 'Hoi', variants: ['Hé'], ...hashes } },
  });
  const paths = (value: unknown) => {
    const r = Message.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('holds a hash beside each translated field, a list of hashes for a list field', () => {
    expect(paths(message({ textHash: textHash('Hi'), variantsHash: [textHash('Hey')] }))).toEqual([]);
  });

  it('may leave a hash out (the translation then reads as stale)', () => {
    expect(paths(message({}))).toEqual([]);
  });

  it('refuses a text instead of a hash, a single hash for a list, a hash of a field the owner has not', () => {
    const at = 'translations.nl';
    expect(paths(message({ textHash: 'Hi' }))).toEqual([`${at}.textHash`]);
    expect(paths(message({ textHash: 'ABCDEF12' }))).toEqual([`${at}.textHash`]);
    expect(paths(message({ variantsHash: textHash('Hey') }))).toEqual([`${at}.variantsHash`]);
    expect(paths(message({ titleHash: textHash('Hi') }))).toEqual([at]);
  });
});
