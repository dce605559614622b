// chrono runs only when the date precheck says a sentence may hold a date (engine/entities/date-lexicon.ts). These
// tests prove the precheck loses nothing chrono reads: every word of the installed chrono's dictionaries is in the
// lexicon, and on the sentence tables plus sentences built from those dictionaries, whenever chrono finds a date
// or time the precheck says yes. It must also say no to ordinary sentences, or it would save nothing.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { DATE_LEXICON, mayHoldDate } from '../../../engine/entities/date-lexicon';
import type { EntityLanguage } from '../../../engine/entities';
import * as enConstants from '../../../node_modules/chrono-node/dist/esm/locales/en/constants.js';
import * as frConstants from '../../../node_modules/chrono-node/dist/esm/locales/fr/constants.js';
import * as nlConstants from '../../../node_modules/chrono-node/dist/esm/locales/nl/constants.js';
import { HELD_OUT_TABLE } from './held-out-table';
import { SENTENCE_TABLE, TABLE_NOW } from './sentence-table';

const LANGUAGES: EntityLanguage[] = ['en', 'nl', 'fr'];
const CONSTANTS = { en: enConstants, nl: nlConstants, fr: frConstants };
const PARSERS = { en: chrono.en.casual, nl: chrono.nl.casual, fr: chrono.fr.casual };
const keys = (dict: Record<string, unknown>) => Object.keys(dict).map((k) => k.replace(/\.$/, ''));
const lexiconWords = (l: EntityLanguage) => new Set(DATE_LEXICON[l].words.join(' ').split(' '));
const lexiconUnits = (l: EntityLanguage) => new Set(DATE_LEXICON[l].units.join(' ').split(' '));
const chronoFinds = (text: string, l: EntityLanguage) =>
  PARSERS[l].parse(text, { instant: new Date(TABLE_NOW), timezone: 0 }).length > 0;

/** Sentences built from chrono's own dictionaries: each weekday, month and unit in a few usual frames. */
function dictionarySentences(l: EntityLanguage): string[] {
  const c = CONSTANTS[l];
  const names = [...keys(c.WEEKDAY_DICTIONARY), ...keys(c.MONTH_DICTIONARY)];
  const units = keys(c.TIME_UNIT_DICTIONARY);
  const frames = {
    en: {
      name: ['see you on {}', 'next {}', '{}', 'the first of {}', 'onthe{}'],
      unit: ['in two {}', 'a {} ago', 'next {}', 'within a few {}', 'three {} later', 'the {}', '+one {}'],
    },
    nl: {
      name: ['tot {}', 'volgende {}', '{}', 'op eerste {}'],
      unit: ['binnen twee {}', 'een {} geleden', 'volgende {}', 'over drie {}', 'vorige {}', 'deze {}'],
    },
    fr: {
      name: ['à {}', '{} prochain', '{}', 'le premier {}'],
      unit: ['dans deux {}', 'il y a trois {}', 'la {} prochaine', 'les {} derniers', 'pendant une {}'],
    },
  }[l];
  return [
    ...names.flatMap((n) => frames.name.map((f) => f.replace('{}', n))),
    ...units.flatMap((u) => frames.unit.map((f) => f.replace('{}', u))),
  ];
}

/** Sentences with casual words, capitals, punctuation and glued spellings, with no digit. */
const CASUAL: Record<EntityLanguage, string[]> = {
  en: [
    "tomorrow's meeting",
    'TONIGHT!',
    'see you tmrw',
    'last night was fun',
    'this evening please',
    'at noon',
    'around midnight',
    'nextweek',
    'end of the month',
    'the last day of the month',
    'on Sunday, next week',
    'an hour ago',
    'half an hour later',
    'a couple of days from now',
    'this weekend',
    'overmorrow',
    'right now',
  ],
  nl: [
    'vanochtend',
    'morgenavond graag',
    "'s avonds",
    'deze namiddag',
    'gisterennacht',
    'om middernacht',
    'vandaag of morgen',
    'nu meteen',
    'een paar dagen geleden',
    'een halve dag later',
    'komende week',
    'afgelopen maand',
  ],
  fr: [
    "aujourd'hui",
    'demain matin',
    'hier soir',
    'cette nuit',
    'la veille',
    'cet après-midi',
    'a midi',
    'à minuit',
    'maintenant',
    'il y a quelques jours',
    'la semaine prochaine',
    'le mois dernier',
  ],
};

const ORDINARY: Record<EntityLanguage, string[]> = {
  en: ['hello', 'I want a pizza', "it's fine, I'm here", 'can you help me with my order', 'yes please'],
  nl: ['hallo', 'ik wil een pizza bestellen', 'kan u mij helpen', 'ja graag', 'dank je wel'],
  fr: ['bonjour', 'je voudrais une pizza', "oui, s'il vous plaît", 'pouvez-vous m’aider', 'merci beaucoup'],
};

describe('date precheck', () => {
  it.each(LANGUAGES)('holds every weekday, month and unit of chrono’s %s dictionaries', (l) => {
    const c = CONSTANTS[l];
    const words = lexiconWords(l);
    const units = lexiconUnits(l);
    const missing = [
      ...[...keys(c.WEEKDAY_DICTIONARY), ...keys(c.MONTH_DICTIONARY)].filter((k) => !words.has(k)),
      ...keys(c.TIME_UNIT_DICTIONARY).filter((k) => !units.has(k)),
    ];
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('says yes to every %s sentence in which chrono finds a date or time', (l) => {
    const tables = [...SENTENCE_TABLE, ...HELD_OUT_TABLE]
      .filter((r) => r.language.slice(0, 2) === l)
      .map((r) => r.text);
    const sentences = [...tables, ...CASUAL[l], ...dictionarySentences(l)];
    const read = sentences.filter((s) => chronoFinds(s, l));
    const lost = read.filter((s) => !mayHoldDate(s, l));
    expect(lost).toEqual([]);
    // The sentences do exercise chrono: many of them hold a date it reads.
    expect(read.length).toBeGreaterThan(sentences.length / 3);
    expect(CASUAL[l].filter((s) => !chronoFinds(s, l))).toEqual([]);
  });

  it.each(LANGUAGES)('says no to ordinary %s sentences, so chrono does not run on them', (l) => {
    expect(ORDINARY[l].filter((s) => mayHoldDate(s, l))).toEqual([]);
    expect(ORDINARY[l].filter((s) => chronoFinds(s, l))).toEqual([]);
  });
});
