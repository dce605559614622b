// Reading and writing a text in a language (docs/file-format.md#languages). Pure helpers shared by the runtime,
// validation, the CSV import/export and the editor: the primary language reads the owner's own fields, another
// language reads `owner.translations[language]`, and writing a translation records the hash of the primary value it
// was made from (`<field>Hash`, beside it).
import { hashKey, isHashKey, type TextOwner, type TextValue, type TranslationEntry } from './translation';
import { textHash, valueHash } from './text-hash';
import type { Message } from './message';

/** A project's languages: the primary one (`language`), then the secondary ones. */
export interface ProjectLanguages {
  primary: string;
  secondary: string[];
  /** The primary language first, then the secondary ones. */
  all: string[];
}

export function projectLanguages(project: {
  language: string;
  secondaryLanguages?: string[] | undefined;
}): ProjectLanguages {
  const secondary = project.secondaryLanguages ?? [];
  return { primary: project.language, secondary, all: [project.language, ...secondary] };
}

const normTag = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
const baseTag = (tag: string) => normTag(tag).split('-')[0]!;

/**
 * Which of `languages` the tag `wanted` means (`internal.preferredLanguage`, a locale): the same tag in any case with
 * `_` or `-`, else the same base language (nl-BE finds nl); undefined when none.
 */
export function matchLanguage(wanted: unknown, languages: readonly string[]): string | undefined {
  if (typeof wanted !== 'string' || wanted.trim() === '') return undefined;
  return (
    languages.find((l) => normTag(l) === normTag(wanted)) ??
    languages.find((l) => baseTag(l) === baseTag(wanted))
  );
}

/** How one text stands in one language. */
export type TranslationStatus =
  /** The primary text is empty or absent: nothing to translate. */
  | 'none'
  /** No translation in this language. */
  | 'missing'
  /** Translated, but the primary text changed since: the translation may be stale. */
  | 'stale'
  | 'translated';

const fieldOf = (owner: object, field: string): TextValue | undefined =>
  (owner as Record<string, unknown>)[field] as TextValue | undefined;

const isEmpty = (value: TextValue | undefined): boolean =>
  value === undefined || (typeof value === 'string' ? value === '' : value.every((v) => v === ''));

const pick = (value: TextValue | undefined, index: number | undefined): TextValue | undefined =>
  index === undefined || value === undefined ? value : typeof value === 'string' ? value : value[index];

/** The owner's translation entry for `language`, if any. */
export function translationEntry(owner: TextOwner, language: string): TranslationEntry | undefined {
  const map = owner.translations;
  return map && Object.hasOwn(map, language) ? map[language] : undefined;
}

/**
 * The value of `field` written in `language` (`index`: one element of a list field such as `variants`): the
 * owner's own field when `language` is the primary one, its translation otherwise; undefined when missing.
 */
export function textIn(
  owner: TextOwner,
  field: string,
  language: string,
  primary: string,
  index?: number,
): TextValue | undefined {
  if (language === primary) return pick(fieldOf(owner, field), index);
  const entry = translationEntry(owner, language);
  return entry && Object.hasOwn(entry, field) && !isHashKey(field) ? pick(entry[field], index) : undefined;
}

/**
 * The hash of the primary value `field` (or its element `index`) was translated from in `language`, as recorded
 * beside the translation; undefined when none is.
 */
export function translatedFromHash(
  owner: TextOwner,
  field: string,
  language: string,
  index?: number,
): TextValue | undefined {
  const entry = translationEntry(owner, language);
  const key = hashKey(field);
  return entry && Object.hasOwn(entry, key) ? pick(entry[key], index) : undefined;
}

/** The value of `field` to show or send in `language`: its translation, else the primary text (`fallback: true`). */
export function textOrPrimary(
  owner: TextOwner,
  field: string,
  language: string,
  primary: string,
  index?: number,
): { value: TextValue | undefined; fallback: boolean } {
  const value = textIn(owner, field, language, primary, index);
  if (value !== undefined && !isEmpty(value)) return { value, fallback: false };
  const own = pick(fieldOf(owner, field), index);
  return { value: own, fallback: language !== primary && !isEmpty(own) };
}

/** Whether `field` (or one element of it) is translated into `language`, missing, or translated from an older primary text. */
export function translationStatus(
  owner: TextOwner,
  field: string,
  language: string,
  primary: string,
  index?: number,
): TranslationStatus {
  const own = pick(fieldOf(owner, field), index);
  if (isEmpty(own)) return 'none';
  if (language === primary) return 'translated';
  const value = textIn(owner, field, language, primary, index);
  if (value === undefined || isEmpty(value)) return 'missing';
  return sameHash(translatedFromHash(owner, field, language, index), own!) ? 'translated' : 'stale';
}

/** Whether `hash` is the hash of `value` (per element for a list: same length, same hashes). */
function sameHash(hash: TextValue | undefined, value: TextValue): boolean {
  if (hash === undefined) return false;
  if (typeof value === 'string') return hash === textHash(value);
  return (
    Array.isArray(hash) && hash.length === value.length && value.every((v, i) => hash[i] === textHash(v))
  );
}

/**
 * The owner with `field` translated into `language` (a secondary language): `value` undefined or empty removes that
 * translation; `index` writes one element of a list field (an empty value removes the element). `<field>Hash`
 * records the current primary value's hash, so the translation counts as up to date. Returns a new object; `owner`
 * is kept.
 */
export function withTranslation<T extends TextOwner>(
  owner: T,
  field: string,
  language: string,
  value: TextValue | undefined,
  index?: number,
): T {
  if (isHashKey(field) || field === 'translations') return owner;
  const entry: TranslationEntry = { ...translationEntry(owner, language) };
  let next: TextValue | undefined = value;
  if (index !== undefined) {
    const list = Array.isArray(entry[field]) ? [...(entry[field] as string[])] : [];
    if (value === undefined || value === '') list.splice(index, 1);
    else list[Math.min(index, list.length)] = typeof value === 'string' ? value : value.join(' ');
    next = list.length > 0 ? list : undefined;
  }
  const own = fieldOf(owner, field);
  if (next === undefined || isEmpty(next)) {
    delete entry[field];
    delete entry[hashKey(field)];
  } else {
    entry[field] = next;
    if (own === undefined) delete entry[hashKey(field)];
    else entry[hashKey(field)] = valueHash(own);
  }
  const translations: Record<string, TranslationEntry> = { ...(owner.translations ?? {}) };
  if (Object.keys(entry).some((key) => !isHashKey(key))) translations[language] = inFileOrder(entry);
  else delete translations[language];
  const out = { ...owner } as T & Record<string, unknown>;
  if (Object.keys(translations).length > 0) out.translations = translations;
  else delete out.translations;
  return out;
}

/** The entry with each field followed by its hash, as the file writes them (a hash without its field last). */
export function inFileOrder(entry: TranslationEntry): TranslationEntry {
  const out: TranslationEntry = {};
  for (const key of Object.keys(entry))
    if (!isHashKey(key)) {
      out[key] = entry[key];
      if (Object.hasOwn(entry, hashKey(key))) out[hashKey(key)] = entry[hashKey(key)];
    }
  for (const key of Object.keys(entry)) if (!Object.hasOwn(out, key)) out[key] = entry[key];
  return out;
}

/** The owner without translations (what the runtime sends and what a single-language export writes). */
export function withoutTranslations<T extends TextOwner>(owner: T): Omit<T, 'translations'> {
  if (owner.translations === undefined) return owner;
  const { translations: _dropped, ...rest } = owner;
  return rest;
}

/** A field the language fell back to the primary text for (the runtime traces these). */
export interface Fallback {
  /** The field's path inside the message, e.g. ['buttons', 1, 'title']. */
  path: (string | number)[];
}

/**
 * The message as written in `language`: every translatable text replaced by its translation, the primary text where
 * it is missing (each such field reported to `onFallback`), and no `translations` left. A text message's variants
 * are the language's own variants when its text is translated.
 */
export function localizeMessage(
  message: Message,
  language: string,
  primary: string,
  onFallback?: (fallback: Fallback) => void,
): Message {
  const local = <T extends TextOwner>(owner: T, fields: readonly string[], at: (string | number)[]): T => {
    const out = withoutTranslations(owner) as Record<string, unknown>;
    if (language === primary) return out as T;
    for (const field of fields) {
      if (fieldOf(owner, field) === undefined) continue;
      const { value, fallback } = textOrPrimary(owner, field, language, primary);
      if (fallback) onFallback?.({ path: [...at, field] });
      out[field] = value;
    }
    return out as T;
  };
  switch (message.kind) {
    case 'text': {
      const out = local(message, ['text'], []);
      if (language === primary) return out;
      const translated = textIn(message, 'text', language, primary) !== undefined;
      const variants = translated ? textIn(message, 'variants', language, primary) : message.variants;
      const { variants: _primary, ...rest } = out;
      return Array.isArray(variants) && variants.length > 0 ? { ...rest, variants } : rest;
    }
    case 'buttons':
      return {
        ...local(message, ['text'], []),
        buttons: message.buttons.map((b, i) => local(b, ['title'], ['buttons', i])),
      };
    case 'quickReplies':
      return {
        ...local(message, ['text'], []),
        replies: message.replies.map((b, i) => local(b, ['title'], ['replies', i])),
      };
    case 'image':
      return local(message, ['alt'], []);
    case 'carousel':
      return {
        kind: 'carousel',
        cards: message.cards.map((card, ci) => ({
          ...local(card, ['title', 'subtitle'], ['cards', ci]),
          buttons: card.buttons.map((b, bi) => local(b, ['title'], ['cards', ci, 'buttons', bi])),
        })),
      };
  }
}
