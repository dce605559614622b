// What entity extraction returns (docs/file-format.md#entities): one recognised entity, the variables it fills in
// the session (Chatlayer's shapes), and the text around it.
import type { Json } from '../model';
import type { EntityLanguage } from './number-words';

export interface RecognisedEntity {
  /** The entity's name: a custom entity's name or a `sys.*` name. */
  entity: string;
  /** The value stored under the entity's name (Chatlayer's format: `sys.number` is a string, dates DD-MM-YYYY). */
  value: Json;
  /** Companion variables Chatlayer stores next to the value (`sys.amount_of_money_currency`, …). */
  extra?: Record<string, Json>;
  /** The part of the sentence it was read from, and where. */
  text: string;
  start: number;
  end: number;
  /** 1 for an exact match; lower for a fuzzy match of a match entity. */
  score: number;
}

export interface Token {
  /** Lower-cased word. */
  word: string;
  start: number;
  end: number;
}

/** Words, lower-cased, with their offsets; hyphens and apostrophes stay inside words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu))
    tokens.push({ word: m[0].replace(/[-'’]+$/, ''), start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** The language of a BCP 47 tag that extraction knows; English for others. */
export function entityLanguage(tag: string): EntityLanguage {
  const primary = tag.toLowerCase().split('-')[0];
  return primary === 'nl' || primary === 'fr' ? primary : 'en';
}

/** Two-digit day, month: Chatlayer's `DD-MM-YYYY`. */
export function chatlayerDate(year: number, month: number, day: number): string {
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${String(year).padStart(4, '0')}`;
}

/** Numbers as Chatlayer stores them: a string, no exponent, a dot for decimals. */
export function numberString(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}
