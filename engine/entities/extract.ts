// Entity extraction (docs/file-format.md#entities): every system entity and the project's own entities in one
// sentence, each with where it was read. Cheap checks (an @, a dot, a digit, a date word) decide which extractors run.
import { DEFAULT_ENTITY_THRESHOLD, type Entity, type Json } from '../model';
import { findEmails, findPhones, findUrls, phoneRegion } from './contact';
import { compileEntities, findCustomEntities } from './custom';
import { findDates, mayHoldDate } from './dates';
import { findNumbers, numberEntities, ordinalEntities } from './numbers';
import { entityLanguage, tokenize, type RecognisedEntity } from './recognised';

/** A date span ending in a duration ("in two days") leaves its number to sys.number and sys.duration. */
const DURATION_WORDS = /(days?|dagen|jours?|weeks?|weken|semaines?|months?|maanden|mois|years?|jaar|ans)$/i;

/** Extraction reads at most this many characters of a message. */
export const MAX_EXTRACTION_LENGTH = 2_000;

export interface ExtractOptions {
  /** The project's language tag (en, nl-BE, fr…): number and date words, and the phone numbers' country. */
  language: string;
  /** The conversation clock (epoch ms): "tomorrow" is read from it, in UTC. */
  now: number;
  entities?: readonly Entity[];
  /** Minimum score of a fuzzy match-entity hit; default DEFAULT_ENTITY_THRESHOLD. */
  threshold?: number;
}

/** Every entity recognised in `text`, in sentence order. */
export function extractEntities(text: string, options: ExtractOptions): RecognisedEntity[] {
  const sentence = text.length > MAX_EXTRACTION_LENGTH ? text.slice(0, MAX_EXTRACTION_LENGTH) : text;
  if (!sentence.trim()) return [];
  const language = entityLanguage(options.language);
  const tokens = tokenize(sentence);
  const spans: RecognisedEntity[] = [];
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);

  spans.push(...findEmails(sentence));
  spans.push(...findUrls(sentence, taken));
  if (/\d/.test(sentence)) spans.push(...findPhones(sentence, phoneRegion(options.language), taken));
  const found = [...spans];
  if (mayHoldDate(sentence, tokens, language)) {
    const dates = findDates(sentence, language, options.now);
    found.push(...dates);
    // A number inside a date ("24/12/2026", "at 3pm") is no number of its own; durations stay ("in 2 days").
    spans.push(...dates.filter((d) => !DURATION_WORDS.test(d.text)));
  }
  found.push(...numberEntities(sentence, findNumbers(sentence, tokens, language, taken)));
  found.push(...ordinalEntities(sentence, tokens, language));
  if (options.entities?.length)
    found.push(
      ...findCustomEntities(
        sentence,
        tokens,
        compileEntities(options.entities),
        options.threshold ?? DEFAULT_ENTITY_THRESHOLD,
      ),
    );
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The session variables recognised entities fill: the first of each entity, with its companion variables. */
export function entityVariables(recognised: readonly RecognisedEntity[]): Record<string, Json> {
  const vars: Record<string, Json> = {};
  for (const r of recognised) {
    if (r.entity in vars) continue;
    vars[r.entity] = r.value;
    for (const [k, v] of Object.entries(r.extra ?? {})) vars[k] = v;
  }
  return vars;
}

/**
 * The recognised entities as `internal.nlp.entities` lists them (docs/file-format.md#entities): one entry per
 * entity found, in sentence order. Chatlayer's exact shape for that field is not documented; this one is Botloom's.
 */
export function recognisedEntitiesForNlp(recognised: readonly RecognisedEntity[]): Json[] {
  return recognised.map((r) => ({
    entity: r.entity,
    value: r.value,
    text: r.text,
    start: r.start,
    end: r.end,
    score: r.score,
    ...(r.extra ? { extra: r.extra } : {}),
  }));
}
