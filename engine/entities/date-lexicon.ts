// The words without which chrono-node (2.10) finds no date or time in a sentence that has no digit, per language
// (docs/file-format.md#system-entities). Built from what its casual en/nl/fr parsers match: the casual words of
// its Casual*Parsers, the keys of its WEEKDAY_DICTIONARY, MONTH_DICTIONARY and TIME_UNIT_DICTIONARY, and the words
// its time-unit patterns need before a unit (NUMBER_PATTERN and the relative modifiers). The precheck built from it
// may say yes where chrono finds nothing (that only costs a parse), never no where chrono finds something:
// test/engine/entities/date-precheck.test.ts checks every dictionary key of the installed chrono and the sentences.
import type { EntityLanguage } from './number-words';

export interface Lexicon {
  /** Casual, weekday and month words; a chrono match contains one of them verbatim (ignoring case). */
  words: readonly string[];
  /** Time units: chrono reads one only right after a number word or a modifier (`leads`). */
  units: readonly string[];
  /** What may stand before a unit in chrono's patterns: NUMBER_PATTERN's words and the relative modifiers. */
  leads: string;
}

const EN: Lexicon = {
  words: [
    // ENCasualDateParser, ENCasualTimeParser, ENWeekdayParser (weekend, weekday)
    'now today tonight tomorrow overmorrow tmr tmrw yesterday night morning afternoon evening midnight midday',
    'noon weekend weekday',
    // WEEKDAY_DICTIONARY
    'sunday sun monday mon tuesday tue wednesday wed thursday thurs thur thu friday fri saturday sat',
    // MONTH_DICTIONARY
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ],
  // TIME_UNIT_DICTIONARY (with TIME_UNIT_DICTIONARY_NO_ABBR); "month" also for ENEndOfCurrentMonthParser
  units: [
    's sec second seconds m min mins minute minutes h hr hrs hour hours d day days w week weeks mo mon mos',
    'month months qtr quarter quarters y yr year years',
  ],
  leads:
    'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|couple|of|' +
    'about|around|this|last|past|next|after',
};

const NL: Lexicon = {
  words: [
    // NLCasualDateParser, NLCasualDateTimeParser (gisteren|morgen|van + a part of the day), NLCasualTimeParser
    'nu vandaag morgen morgend gisteren ochtend middag namiddag avond nacht middernacht',
    // WEEKDAY_DICTIONARY
    'zondag zon zo maandag ma dinsdag din di woensdag woe wo donderdag dond do vrijdag vrij vr zaterdag zat za',
    // MONTH_DICTIONARY
    'januari jan februari feb maart mar mrt april apr mei juni jun juli jul augustus aug september sep sept',
    'oktober okt november nov december dec',
  ],
  units: [
    'sec second seconden min mins minute minuut minuten minuutje h hr hrs uur u uren dag dagen week weken',
    'maand maanden jaar jr jaren',
  ],
  // NLRelativeDateFormatParser lets an "e" follow its modifier ("vorige", "dite"): any lead may take one here.
  leads:
    '(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|halve?|half|paar|binnen|in|dit|deze|' +
    '(?:aan)?komend|volgend|afgelopen|vorig)e?',
};

const FR: Lexicon = {
  words: [
    // FRCasualDateParser (cette nuit, la veille), FRCasualTimeParser (après-midi, a midi, à minuit)
    "maintenant aujourd'hui aujourd’hui demain hier nuit veille matin soir midi aprem minuit",
    // WEEKDAY_DICTIONARY
    'dimanche dim lundi lun mardi mar mercredi mer jeudi jeu vendredi ven samedi sam',
    // MONTH_DICTIONARY
    'janvier jan janv février fév févr fevrier fev fevr mars avril avr mai juin jun juillet juil jul août',
    'aout septembre sep sept octobre oct novembre nov décembre decembre dec déc',
  ],
  units: [
    'sec seconde secondes min mins minute minutes h hr hrs heure heures jour jours semaine semaines mois',
    'trimestre trimestres ans année années',
  ],
  leads:
    "une?\\b|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quelques?|demi-?|les?|la|l['’]|" +
    'du|des?|prochaine?s?|derni[eè]re?s?|pass[ée]e?s?|pr[ée]c[ée]dents?|suivante?s?',
};

export const DATE_LEXICON: Record<EntityLanguage, Lexicon> = { en: EN, nl: NL, fr: FR };

/** Words chrono's patterns let a short word or a number word be glued to on its left ("onmon", "nextweek"). */
const GLUE_BEFORE =
  'on|in|of|this|last|past|next|after|within|for|about|around|and|de|le|la|du|au|er|st|nd|rd|th|ste|deze|dit|' +
  'vorige?|volgende?|binnen|over|dans|en|pour|pendant';
/** …and on its right: what may follow a weekday, a month or a unit with no space ("mayfirst", "2 hoursago"). */
const GLUE_AFTER =
  'of|this|last|past|next|week|ago|before|earlier|later|after|from|henceforth|forward|out|and|' +
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirt|fourt|fift|sixt|' +
  'sevent|eight|ninet|twent|geleden|voor|eerder|na|vanaf|voortaan|vooruit|uit|volgende|vorige|' +
  'prochaine?s?|derni|pass|pr[ée]c|suivant';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const split = (lines: readonly string[]) => lines.flatMap((l) => l.split(' ')).filter(Boolean);
const LEFT = `(?:(?<![A-Za-z0-9_])|(?<=(?:${GLUE_BEFORE})))`;
const RIGHT = `(?:(?![A-Za-z_])|(?=(?:${GLUE_AFTER})))`;

/**
 * One regular expression per language that finds a place where chrono may read a date or time: a casual,
 * weekday or month word of four or more letters anywhere (a substring, so glued spellings count too), a shorter
 * one standing on its own (or glued as chrono allows), or a time unit right after a number word or a modifier.
 * Boundaries are ASCII, as chrono's `\W` is.
 */
function precheck(lexicon: Lexicon): RegExp {
  const words = split(lexicon.words);
  const long = words.filter((w) => w.length >= 4).map(escape);
  const short = words.filter((w) => w.length < 4).map(escape);
  const units = split(lexicon.units).map(escape);
  const shortWord = `${LEFT}(?:${short.join('|')})${RIGHT}`;
  const unit = `${LEFT}(?:${lexicon.leads})\\s*(?:${units.join('|')})${RIGHT}`;
  return new RegExp(`${long.join('|')}|${shortWord}|${unit}`, 'i');
}

const PRECHECKS: Record<EntityLanguage, RegExp> = { en: precheck(EN), nl: precheck(NL), fr: precheck(FR) };

/** Whether chrono may find a date or time in `text`: it holds a digit, or a date word of the language. */
export function mayHoldDate(text: string, language: EntityLanguage): boolean {
  return /\d/.test(text) || PRECHECKS[language].test(text);
}
