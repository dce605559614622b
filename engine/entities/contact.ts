// E-mail addresses, URLs and phone numbers in a sentence (docs/file-format.md#system-entities). Phone numbers are
// normalised as Chatlayer shows them, `(+32) 487230203`, by libphonenumber's metadata.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { RecognisedEntity } from './recognised';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_PATTERN =
  /\b(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|ai|eu|be|nl|fr|de|uk|co|app|dev|info|biz)(?:\/[^\s<>"]*)?)/gi;
/** Digits with spaces, dots, dashes, slashes or parentheses; an optional + or (+32) in front. */
const PHONE = /(?:\(\s*\+?\d{1,3}\s*\)\s*|\+\s?)?\d[\d\s()./-]{5,22}\d/g;

const trimEnd = (s: string) => s.replace(/[.,;:!?)\]]+$/, '');

export function findEmails(text: string): RecognisedEntity[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => {
    const value = trimEnd(m[0]);
    return { entity: 'sys.email', value, text: value, start: m.index, end: m.index + value.length, score: 1 };
  });
}

export function findUrls(text: string, taken: (start: number, end: number) => boolean): RecognisedEntity[] {
  if (!text.includes('.')) return [];
  const found: RecognisedEntity[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const value = trimEnd(m[0]);
    if (taken(m.index, m.index + value.length) || text[m.index - 1] === '@') continue;
    const withScheme = /^https?:\/\//i.test(value) ? value : `http://${value}`;
    let domain: string;
    try {
      domain = new URL(withScheme).hostname.replace(/^www\./, '');
    } catch {
      continue;
    }
    found.push({
      entity: 'sys.url',
      value,
      extra: { 'sys.url_domain': domain },
      text: value,
      start: m.index,
      end: m.index + value.length,
      score: 1,
    });
  }
  return found;
}

/** `(+32) 487230203` for a number libphonenumber understands in the region; its digits (7 to 16) otherwise. */
export function normalisePhone(raw: string, region: CountryCode | undefined): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 16) return null;
  const cleaned = raw.replace(/^\(\s*\+?(\d{1,3})\s*\)/, '+$1').replace(/\(0\)/, '');
  const parsed = parsePhoneNumberFromString(cleaned, region);
  if (parsed?.isPossible()) return `(+${parsed.countryCallingCode}) ${parsed.nationalNumber}`;
  return cleaned.trim().startsWith('+') ? `+${digits}` : digits;
}

export function findPhones(
  text: string,
  region: CountryCode | undefined,
  taken: (start: number, end: number) => boolean,
): RecognisedEntity[] {
  const found: RecognisedEntity[] = [];
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0].trim();
    const start = m.index + m[0].indexOf(raw);
    const end = start + raw.length;
    // A date (24/12/2026) or a plain amount is no phone number: at least 8 digits, or a leading + or 0.
    const digits = raw.replace(/\D/g, '');
    if (taken(start, end) || digits.length < 8 || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(raw)) continue;
    if (!/^[+(0]/.test(raw) && digits.length < 9) continue;
    const value = normalisePhone(raw, region);
    if (value) found.push({ entity: 'sys.phone_number', value, text: raw, start, end, score: 1 });
  }
  return found;
}

/** The country of a BCP 47 tag (nl-BE → BE), or the usual one for its language (nl → NL, fr → FR, en → GB). */
export function phoneRegion(tag: string): CountryCode | undefined {
  const parts = tag.split('-');
  const region = parts.find((p, i) => i > 0 && /^[A-Za-z]{2}$/.test(p));
  if (region) return region.toUpperCase() as CountryCode;
  const primary = parts[0]!.toLowerCase();
  return primary === 'nl' ? 'NL' : primary === 'fr' ? 'FR' : primary === 'en' ? 'GB' : undefined;
}
