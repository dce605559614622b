// Validates an answer to an input block (docs/file-format.md#input-block) and returns the value to store.
import { extractValue, type ExtractOptions } from '../entities';
import { languageCode, mockGeocode } from '../entities/languages-places';
import type { InputValidation, Json } from '../model';
import { parseDateAnswer } from './date-answer';

export type AnswerCheck =
  | { ok: true; value: Json; extra?: Record<string, Json> }
  | { ok: false; reason: string; code?: 'invalid-pattern' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;
/** What entity-based checks read sentences with; without it, English, the real clock and no custom entities. */
export type AnswerEnv = ExtractOptions;

/** Phone numbers: an optional +, digits with spaces, dots, dashes, slashes or parentheses; 7 to 16 digits. */
function isPhone(text: string): boolean {
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 16;
}

/** The entity-reading kinds: entity, url, time, location, language. */
function checkSentence(validation: InputValidation, text: string, env: AnswerEnv): AnswerCheck {
  switch (validation.kind) {
    case 'entity': {
      const got = extractValue(validation.entity, text, {
        ...env,
        ...(validation.only ? { only: validation.only } : {}),
      });
      return got.ok
        ? { ok: true, value: got.value, ...(Object.keys(got.extra).length ? { extra: got.extra } : {}) }
        : got;
    }
    case 'url': {
      const got = extractValue('sys.url', text, env);
      return got.ok ? { ok: true, value: got.value } : { ok: false, reason: 'not a URL' };
    }
    case 'time': {
      const got = extractValue('sys.time', text, env);
      return got.ok && typeof got.value === 'string'
        ? { ok: true, value: got.value.slice(11, 16) }
        : { ok: false, reason: 'not a time' };
    }
    case 'location': {
      const place = mockGeocode(text);
      return place ? { ok: true, value: place } : { ok: false, reason: 'not a place the geocoder knows' };
    }
    case 'language': {
      const code = languageCode(text);
      return code ? { ok: true, value: code } : { ok: false, reason: 'not a language' };
    }
    default:
      return { ok: false, reason: `not a sentence validation: ${validation.kind}` };
  }
}

export function checkAnswer(
  validation: InputValidation,
  answer: string,
  env: AnswerEnv = { language: 'en', now: Date.now() },
): AnswerCheck {
  const text = answer.trim();
  switch (validation.kind) {
    case 'any':
      return text ? { ok: true, value: text } : { ok: false, reason: 'empty answer' };
    case 'email':
      return EMAIL.test(text) ? { ok: true, value: text } : { ok: false, reason: 'not an e-mail address' };
    case 'phone':
      return isPhone(text) ? { ok: true, value: text } : { ok: false, reason: 'not a phone number' };
    case 'number': {
      if (!NUMBER.test(text)) return { ok: false, reason: 'not a number' };
      const n = Number(text.replace(',', '.'));
      if (validation.min !== undefined && n < validation.min)
        return { ok: false, reason: `below the minimum ${validation.min}` };
      if (validation.max !== undefined && n > validation.max)
        return { ok: false, reason: `above the maximum ${validation.max}` };
      return { ok: true, value: n };
    }
    case 'date': {
      const date = parseDateAnswer(text);
      return date ? { ok: true, value: date } : { ok: false, reason: 'not a date' };
    }
    case 'regex': {
      let pattern: RegExp;
      try {
        pattern = new RegExp(validation.pattern, validation.flags ?? '');
      } catch (e) {
        return { ok: false, reason: `invalid pattern: ${(e as Error).message}`, code: 'invalid-pattern' };
      }
      return pattern.test(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `does not match ${validation.pattern}` };
    }
    case 'choice': {
      const choice = validation.choices.find((c) => c.trim().toLowerCase() === text.toLowerCase());
      return choice !== undefined
        ? { ok: true, value: choice }
        : { ok: false, reason: `not one of ${validation.choices.join(', ')}` };
    }
    default:
      return checkSentence(validation, text, env);
  }
}
