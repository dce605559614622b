// Numbers written in words, in English, Dutch and French ("eighty eight", "achtentachtig", "quatre-vingt-huit"),
// up to the millions. A small grammar rather than a library: it is all the number entities need.
export type EntityLanguage = 'en' | 'nl' | 'fr';

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NL_UNITS = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const NL_TENS = [
  '',
  '',
  'twintig',
  'dertig',
  'veertig',
  'vijftig',
  'zestig',
  'zeventig',
  'tachtig',
  'negentig',
];
const FR_UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const FR_TENS = [
  '',
  '',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'soixante-dix',
  'quatre-vingt',
  'quatre-vingt-dix',
];

/** Every word (or hyphen/space-free compound) with a plain value, per language. */
function table(units: string[], tens: string[], extra: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>();
  units.forEach((w, i) => map.set(w, i));
  tens.forEach((w, i) => w && map.set(w, i * 10));
  for (const [w, n] of Object.entries(extra)) map.set(w, n);
  return map;
}
const WORDS: Record<EntityLanguage, Map<string, number>> = {
  en: table(EN_UNITS, EN_TENS, { a: 1, an: 1 }),
  nl: table(NL_UNITS, NL_TENS, { één: 1, een: 1 }),
  fr: table(FR_UNITS, FR_TENS, { une: 1, 'quatre-vingts': 80 }),
};
const MULTIPLIERS: Record<EntityLanguage, Record<string, number>> = {
  en: { hundred: 100, thousand: 1000, million: 1_000_000 },
  nl: { honderd: 100, duizend: 1000, miljoen: 1_000_000 },
  fr: { cent: 100, cents: 100, mille: 1000, million: 1_000_000, millions: 1_000_000 },
};
const JOINERS: Record<EntityLanguage, ReadonlySet<string>> = {
  en: new Set(['and']),
  nl: new Set(['en']),
  fr: new Set(['et']),
};

/** A Dutch compound such as "achtentachtig", "tweehonderdvijftig" or "drieduizend". */
function dutchCompound(word: string): number | null {
  const direct = WORDS.nl.get(word);
  if (direct !== undefined) return direct;
  for (const [mul, factor] of [
    ['duizend', 1000],
    ['honderd', 100],
  ] as const) {
    const at = word.indexOf(mul);
    if (at < 0) continue;
    const head = word.slice(0, at);
    const tail = word.slice(at + mul.length);
    const h = head === '' ? 1 : dutchCompound(head);
    const t = tail === '' ? 0 : dutchCompound(tail.replace(/^en/, ''));
    return h === null || t === null ? null : h * factor + t;
  }
  const m =
    /^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(
      word,
    );
  return m ? WORDS.nl.get(m[1]!)! + WORDS.nl.get(m[2]!)! : null;
}

/** The value of one word in a language, or null when it is not a number word. */
export function numberWord(word: string, language: EntityLanguage): number | null {
  if (language === 'nl') return dutchCompound(word);
  const direct = WORDS[language].get(word);
  if (direct !== undefined) return direct;
  if (language === 'en') {
    const m = /^([a-z]+)-([a-z]+)$/.exec(word);
    const t = m ? WORDS.en.get(m[1]!) : undefined;
    const u = m ? WORDS.en.get(m[2]!) : undefined;
    return t !== undefined && u !== undefined && t >= 20 && t % 10 === 0 && u < 10 ? t + u : null;
  }
  // French compounds: "quatre-vingt-huit", "soixante-douze", "vingt-et-un", "deux-cents".
  const parts = word.split('-').filter((p) => p !== 'et');
  if (parts.length < 2) return null;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const joined = i + 1 < parts.length ? WORDS.fr.get(`${parts[i]}-${parts[i + 1]}`) : undefined;
    if (joined !== undefined) {
      total += joined;
      i++;
      continue;
    }
    const mul = MULTIPLIERS.fr[parts[i]!];
    if (mul) {
      total = (total || 1) * mul;
      continue;
    }
    const v = WORDS.fr.get(parts[i]!);
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

export interface WordNumber {
  value: number;
  /** Token range [from, to) in the token list given. */
  from: number;
  to: number;
}

/** Runs of number words in lower-cased tokens: "one hundred and five" → 105, "eighty eight" → 88. */
export function wordNumbers(tokens: readonly string[], language: EntityLanguage): WordNumber[] {
  const found: WordNumber[] = [];
  const multipliers = MULTIPLIERS[language];
  let i = 0;
  while (i < tokens.length) {
    const first = numberWord(tokens[i]!, language);
    // "a"/"an"/"een"/"une" alone are articles, not numbers.
    if (
      first === null ||
      (multipliers[tokens[i + 1] ?? ''] === undefined && /^(a|an|een|une|un)$/.test(tokens[i]!))
    ) {
      i++;
      continue;
    }
    let total = 0;
    let current = first;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const word = tokens[j]!;
      const mul = multipliers[word];
      if (mul) {
        if (mul >= 1000) {
          total += (current || 1) * mul;
          current = 0;
        } else current = (current || 1) * mul;
        continue;
      }
      if (JOINERS[language].has(word) && numberWord(tokens[j + 1] ?? '', language) !== null) continue;
      const v = numberWord(word, language);
      // "eighty eight": a unit after a ten adds; two units in a row are two numbers.
      if (v === null || (v >= 10 && current % 100 !== 0) || (v < 10 && current % 10 !== 0)) break;
      current += v;
    }
    found.push({ value: total + current, from: i, to: j });
    i = j;
  }
  return found;
}
