// Entity extraction (docs/file-format.md#entities): every system entity and the project's own entities in one
// sentence, each with where it was read. Prechecks (an @, a dot, a digit, a date word of chrono's lexicon) decide
// which system extractors run; the system entities of a sentence are remembered for the last few sentences, so
// the input block that validates the same answer in the same turn does not read it again.
import { DEFAULT_ENTITY_THRESHOLD, type Entity, type Json } from '../model';
import { findEmails, findPhones, findUrls, phoneRegion } from './contact';
import { compileEntities, findCustomEntities, type CompiledEntities } from './custom';
import { findDates } from './dates';
import { mayHoldDate } from './date-lexicon';
import { findNumbers, numberEntities, ordinalEntities } from './numbers';
import { entityLanguage, tokenize, type RecognisedEntity, type Token } from './recognised';

/** A date span ending in a duration ("in two days") leaves its number to sys.number and sys.duration. */
const DURATION_WORDS = /(days?|dagen|jours?|weeks?|weken|semaines?|months?|maanden|mois|years?|jaar|ans)$/i;

/**
 * Extraction reads at most this many characters of a message (the rest is ignored), which bounds its time on
 * long messages; the runtime's own limit, `nlp.maxMessageLength`, is 1,000 characters by default.
 */
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

/** The part of `text` extraction reads: at most MAX_EXTRACTION_LENGTH characters. */
export const extractedPart = (text: string) =>
  text.length > MAX_EXTRACTION_LENGTH ? text.slice(0, MAX_EXTRACTION_LENGTH) : text;

/** The system entities of the last sentences read, by language tag, clock and sentence. */
const MEMO_SIZE = 16;
const memo = new Map<string, readonly RecognisedEntity[]>();

/** Every system entity (`sys.*`) in `sentence` (already capped), in the order the extractors find them. */
export function systemEntities(
  sentence: string,
  language: string,
  now: number,
  tokens?: readonly Token[],
): readonly RecognisedEntity[] {
  const key = `${language}\u0000${now}\u0000${sentence}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const lang = entityLanguage(language);
  const words = tokens ?? tokenize(sentence);
  const spans: RecognisedEntity[] = [];
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
  const hasDigit = /\d/.test(sentence);
  spans.push(...findEmails(sentence));
  spans.push(...findUrls(sentence, taken));
  if (hasDigit) spans.push(...findPhones(sentence, phoneRegion(language), taken));
  const found = [...spans];
  if (mayHoldDate(sentence, lang)) {
    const dates = findDates(sentence, lang, now);
    found.push(...dates);
    // A number inside a date ("24/12/2026", "at 3pm") is no number of its own; durations stay ("in 2 days").
    spans.push(...dates.filter((d) => !DURATION_WORDS.test(d.text)));
  }
  found.push(...numberEntities(sentence, findNumbers(sentence, words, lang, taken)));
  found.push(...ordinalEntities(sentence, words, lang));
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, found);
  return found;
}

const inOrder = (a: RecognisedEntity, b: RecognisedEntity) => a.start - b.start || b.end - a.end;

/** Every entity recognised in `text`, in sentence order. */
export function extractEntities(text: string, options: ExtractOptions): RecognisedEntity[] {
  const sentence = extractedPart(text);
  if (!sentence.trim()) return [];
  const tokens = tokenize(sentence);
  const found = [...systemEntities(sentence, options.language, options.now, tokens)];
  if (options.entities?.length)
    found.push(...customEntities(sentence, tokens, compileEntities(options.entities), options));
  return found.sort(inOrder);
}

/** The project's own entities in `sentence` (already capped), with a compiled entity list. */
export function customEntities(
  sentence: string,
  tokens: readonly Token[] | undefined,
  compiled: CompiledEntities,
  options: Pick<ExtractOptions, 'threshold'>,
): RecognisedEntity[] {
  return findCustomEntities(
    sentence,
    tokens ?? tokenize(sentence),
    compiled,
    options.threshold ?? DEFAULT_ENTITY_THRESHOLD,
  ).sort(inOrder);
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
