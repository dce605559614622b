// The project's own entities (docs/file-format.md#entities), compiled once per entity list: match entities become a
// phrase index by first word (exact, case- and accent-insensitive, longest phrase first, plus a fuzzy pass for
// single words scored against the entity threshold), regex entities become global RegExps. Unsafe or invalid
// patterns are left out here; validation reports them.
import { patternProblem, type Entity } from '../model';
import { tokenize, type RecognisedEntity, type Token } from './recognised';

interface Phrase {
  entity: string;
  value: string;
  words: string[];
}
export interface CompiledEntities {
  /** Phrases by their first word. */
  byFirstWord: Map<string, Phrase[]>;
  /** One-word phrases of 4+ letters by first letter, for the fuzzy pass. */
  fuzzy: Map<string, Phrase[]>;
  regexes: { entity: string; pattern: RegExp }[];
  /** Fuzzy lookups already made, by threshold and word: the best phrase at or above it, or null. */
  fuzzyHits: Map<string, { phrase: Phrase; score: number } | null>;
}

/** Fuzzy lookups kept per compiled list; the cache starts over when full. */
const MAX_FUZZY_HITS = 10_000;

/** A word without its accents; ASCII words (most of them) are returned as they are, unnormalised. */
const fold = (word: string) => (/^[!-~]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, ''));

const cache = new WeakMap<readonly Entity[], CompiledEntities>();
const byName = new WeakMap<readonly Entity[], Map<string, CompiledEntities>>();
const NONE: readonly Entity[] = [];

/** The compiled form of the one entity named `name` in a list (input validation), cached like the whole list. */
export function compileEntity(entities: readonly Entity[], name: string): CompiledEntities {
  const list = entities.length ? entities : NONE;
  let named = byName.get(list);
  if (!named) byName.set(list, (named = new Map()));
  let compiled = named.get(name);
  if (!compiled) named.set(name, (compiled = compileEntities(list.filter((e) => e.name === name))));
  return compiled;
}

/** The compiled form of an entity list, cached while the list is the same object (projects are immutable). */
export function compileEntities(entities: readonly Entity[]): CompiledEntities {
  const hit = cache.get(entities);
  if (hit) return hit;
  const compiled: CompiledEntities = {
    byFirstWord: new Map(),
    fuzzy: new Map(),
    regexes: [],
    fuzzyHits: new Map(),
  };
  for (const e of entities) {
    if (e.kind === 'regex') {
      if (patternProblem(e.pattern, e.flags) === undefined)
        compiled.regexes.push({ entity: e.name, pattern: new RegExp(e.pattern, `${e.flags ?? ''}g`) });
      continue;
    }
    for (const v of e.values)
      for (const text of [v.value, ...(v.synonyms ?? [])]) {
        const words = tokenize(text).map((t) => fold(t.word));
        if (!words.length) continue;
        const phrase = { entity: e.name, value: v.value, words };
        const list = compiled.byFirstWord.get(words[0]!) ?? [];
        list.push(phrase);
        compiled.byFirstWord.set(words[0]!, list);
        if (words.length === 1 && words[0]!.length >= 4) {
          const fuzzy = compiled.fuzzy.get(words[0]![0]!) ?? [];
          fuzzy.push(phrase);
          compiled.fuzzy.set(words[0]![0]!, fuzzy);
        }
      }
  }
  for (const list of compiled.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache.set(entities, compiled);
  return compiled;
}

/** Similarity 0–1 of two words: 1 − edit distance / longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return 1 - prev[b.length]! / Math.max(a.length, b.length);
}

/** The phrase a word most resembles at or above `threshold` (the first of equals), remembered per compiled list. */
function fuzzyMatch(
  c: CompiledEntities,
  word: string,
  threshold: number,
): { phrase: Phrase; score: number } | null {
  const key = `${threshold}\u0000${word}`;
  const known = c.fuzzyHits.get(key);
  if (known !== undefined) return known;
  let best: { phrase: Phrase; score: number } | null = null;
  for (const p of c.fuzzy.get(word[0]!) ?? []) {
    const other = p.words[0]!;
    const longer = Math.max(other.length, word.length);
    // The edit distance is at least the difference in length: skip what cannot reach the threshold.
    if (
      Math.abs(other.length - word.length) > 2 ||
      1 - Math.abs(other.length - word.length) / longer < threshold
    )
      continue;
    const score = similarity(word, other);
    if (score >= threshold && (!best || score > best.score)) best = { phrase: p, score };
  }
  if (c.fuzzyHits.size >= MAX_FUZZY_HITS) c.fuzzyHits.clear();
  c.fuzzyHits.set(key, best);
  return best;
}

function matchPhrases(
  text: string,
  tokens: readonly Token[],
  c: CompiledEntities,
  threshold: number,
): RecognisedEntity[] {
  const found: RecognisedEntity[] = [];
  const words = tokens.map((t) => fold(t.word));
  for (let i = 0; i < words.length; i++) {
    const exact = c.byFirstWord.get(words[i]!)?.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (exact) {
      const end = tokens[i + exact.words.length - 1]!.end;
      found.push({
        entity: exact.entity,
        value: exact.value,
        text: text.slice(tokens[i]!.start, end),
        start: tokens[i]!.start,
        end,
        score: 1,
      });
      i += exact.words.length - 1;
      continue;
    }
    const word = words[i]!;
    if (word.length < 4 || threshold >= 1) continue;
    const best = fuzzyMatch(c, word, threshold);
    if (best)
      found.push({
        entity: best.phrase.entity,
        value: best.phrase.value,
        text: text.slice(tokens[i]!.start, tokens[i]!.end),
        start: tokens[i]!.start,
        end: tokens[i]!.end,
        score: Math.round(best.score * 1000) / 1000,
      });
  }
  return found;
}

/** Custom entities in a sentence: match entities (exact, then fuzzy at or above `threshold`) and regex entities. */
export function findCustomEntities(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledEntities,
  threshold: number,
): RecognisedEntity[] {
  const found = compiled.byFirstWord.size ? matchPhrases(text, tokens, compiled, threshold) : [];
  for (const { entity, pattern } of compiled.regexes) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m && m[0])
      found.push({ entity, value: m[0], text: m[0], start: m.index, end: m.index + m[0].length, score: 1 });
  }
  return found;
}
