// Numbers, ordinals and numbers with a unit (money, temperature, distance, quantity, duration) in a sentence
// (docs/file-format.md#system-entities). Digits and number words both count: "88", "eighty eight", "achtentachtig".
import type { Json } from '../model';
import { wordNumbers, type EntityLanguage } from './number-words';
import { numberString, type RecognisedEntity, type Token } from './recognised';
import { CURRENCY_PREFIX, unitAt } from './units';

interface NumberSpan {
  value: number;
  start: number;
  end: number;
}

/** "1,000.5" in English; "1.000,5" or "1 000,5" in Dutch and French. */
function digitNumbers(text: string, language: EntityLanguage): NumberSpan[] {
  const pattern =
    language === 'en'
      ? /(?<![\d.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])-?\d+(?:\.\d+)?/g
      : /(?<![\d.,])-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|(?<![\d.,])-?\d+(?:,\d+)?/g;
  const found: NumberSpan[] = [];
  for (const m of text.matchAll(pattern)) {
    const raw = language === 'en' ? m[0].replace(/,/g, '') : m[0].replace(/\./g, '').replace(',', '.');
    // A number glued to letters (A4, 3rd, mp3) is not a number on its own.
    if (
      /[\p{L}]/u.test(text[m.index + m[0].length] ?? '') &&
      !/^[°€$£]/.test(text.slice(m.index + m[0].length))
    )
      if (!/^(km|kg|cm|m|g|l|h|min)\b/i.test(text.slice(m.index + m[0].length))) continue;
    if (/[\p{L}]/u.test(text[m.index - 1] ?? '')) continue;
    found.push({ value: Number(raw), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function findNumbers(
  text: string,
  tokens: readonly Token[],
  language: EntityLanguage,
  taken: (start: number, end: number) => boolean,
): NumberSpan[] {
  const spans = /\d/.test(text) ? digitNumbers(text, language) : [];
  for (const w of wordNumbers(
    tokens.map((t) => t.word),
    language,
  ))
    spans.push({ value: w.value, start: tokens[w.from]!.start, end: tokens[w.to - 1]!.end });
  return spans.filter((s) => !taken(s.start, s.end)).sort((a, b) => a.start - b.start);
}

/** Numbers as `sys.number`, and those followed (or, for currencies, preceded) by a unit as their unit entity. */
export function numberEntities(text: string, spans: readonly NumberSpan[]): RecognisedEntity[] {
  const found: RecognisedEntity[] = [];
  for (const s of spans) {
    const value = numberString(s.value);
    found.push({
      entity: 'sys.number',
      value,
      text: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      score: 1,
    });
    const before = /([€$£])\s?$/.exec(text.slice(Math.max(0, s.start - 2), s.start));
    if (before) {
      const currency = CURRENCY_PREFIX.get(before[1]!)!;
      const start = s.start - before[0].length;
      found.push({
        entity: 'sys.amount_of_money',
        value,
        extra: { 'sys.amount_of_money_currency': currency },
        text: text.slice(start, s.end),
        start,
        end: s.end,
        score: 1,
      });
      continue;
    }
    const after = unitAt(text.slice(s.end));
    if (!after) continue;
    const { entity, unit, seconds } = after.unit;
    const end = s.end + after.length;
    const extra: Record<string, Json> =
      entity === 'sys.amount_of_money'
        ? { 'sys.amount_of_money_currency': unit }
        : entity === 'sys.duration'
          ? { 'sys.duration_unit': unit, 'sys.duration_normalized': s.value * seconds! }
          : { [`${entity}_unit`]: unit };
    found.push({ entity, value, extra, text: text.slice(s.start, end), start: s.start, end, score: 1 });
  }
  return found;
}

const ORDINAL_WORDS: Record<EntityLanguage, readonly string[]> = {
  en: [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
  ],
  nl: [
    'eerste',
    'tweede',
    'derde',
    'vierde',
    'vijfde',
    'zesde',
    'zevende',
    'achtste',
    'negende',
    'tiende',
    'elfde',
    'twaalfde',
  ],
  fr: [
    'premier',
    'deuxième',
    'troisième',
    'quatrième',
    'cinquième',
    'sixième',
    'septième',
    'huitième',
    'neuvième',
    'dixième',
    'onzième',
    'douzième',
  ],
};
const ORDINAL_SUFFIX = /(?<![\p{L}\d])(\d{1,4})(?:st|nd|rd|th|e|de|ste|ème|eme|er|ère|re)(?![\p{L}])/giu;

/** `sys.ordinal`: "third", "3rd", "derde", "3e", "troisième", "1er", stored as a string like `sys.number`. */
export function ordinalEntities(
  text: string,
  tokens: readonly Token[],
  language: EntityLanguage,
): RecognisedEntity[] {
  const found: RecognisedEntity[] = [];
  const words = ORDINAL_WORDS[language];
  for (const t of tokens) {
    const i = words.indexOf(
      t.word === 'première' ? 'premier' : t.word === 'second' && language === 'fr' ? 'deuxième' : t.word,
    );
    if (i >= 0)
      found.push({
        entity: 'sys.ordinal',
        value: String(i + 1),
        text: text.slice(t.start, t.end),
        start: t.start,
        end: t.end,
        score: 1,
      });
  }
  if (/\d/.test(text))
    for (const m of text.matchAll(ORDINAL_SUFFIX))
      found.push({
        entity: 'sys.ordinal',
        value: String(Number(m[1])),
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        score: 1,
      });
  return found.sort((a, b) => a.start - b.start);
}
