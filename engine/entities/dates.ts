// Dates and times in a sentence (docs/file-format.md#system-entities), read by chrono-node in English, Dutch and
// French. chrono runs only when its precheck (date-lexicon.ts) finds a digit or a date word, so most turns never reach it.
import * as chrono from 'chrono-node';
import type { EntityLanguage } from './number-words';
import { chatlayerDate, type RecognisedEntity } from './recognised';
import { unitAt } from './units';

const PARSERS: Record<EntityLanguage, chrono.Chrono> = {
  en: chrono.en.casual,
  nl: chrono.nl.casual,
  fr: chrono.fr.casual,
};
/** A chrono result starting with these words is a duration ("for 2 hours"), not a point in time. */
const DURATION_LEAD = /^(for|during|pendant|gedurende|durant)\b/i;

/** "2 uur", "3 hours" with no preposition: an amount of hours. */
const BARE_HOURS = /^\d+\s*(uur|hours?|heures?)$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** `sys.date` (DD-MM-YYYY) and `sys.time` (ISO timestamp with its grain) of every date or time chrono finds. */
export function findDates(text: string, language: EntityLanguage, now: number): RecognisedEntity[] {
  const found: RecognisedEntity[] = [];
  const results = PARSERS[language].parse(text, { instant: new Date(now), timezone: 0 });
  for (const r of results) {
    if (DURATION_LEAD.test(r.text)) continue;
    const c = r.start;
    // "à 12 kilomètres" is a distance; "het duurt 2 uur" (hours without at/om/à) a duration.
    const unit = unitAt(text.slice(r.index + r.text.length));
    if (unit && unit.unit.entity !== 'sys.duration') continue;
    if (BARE_HOURS.test(r.text) && !c.isCertain('day')) continue;
    const base = { text: r.text, start: r.index, end: r.index + r.text.length, score: 1 };
    const year = c.get('year')!;
    const month = c.get('month')!;
    const day = c.get('day')!;
    if (c.isCertain('day') || c.isCertain('weekday'))
      found.push({ entity: 'sys.date', value: chatlayerDate(year, month, day), ...base });
    if (c.isCertain('hour')) {
      const minute = c.get('minute') ?? 0;
      const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(c.get('hour')!)}:${pad(minute)}:00.000Z`;
      found.push({
        entity: 'sys.time',
        value: iso,
        extra: { 'sys.time_grain': c.isCertain('minute') && minute !== 0 ? 'minute' : 'hour' },
        ...base,
      });
    }
  }
  return found;
}

/** The ISO date (YYYY-MM-DD) of a Chatlayer date DD-MM-YYYY, for comparisons. */
export function isoOfChatlayerDate(date: string): string {
  const [d, m, y] = date.split('-');
  return `${y}-${m}-${d}`;
}
