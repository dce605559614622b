// Validates an answer to an input block (docs/file-format.md#input-block) and returns the value to store.
import type { InputValidation, Json } from '../model';
import { parseDateAnswer } from './date-answer';

export type AnswerCheck = { ok: true; value: Json } | { ok: false; reason: string; code?: 'invalid-pattern' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** Phone numbers: an optional +, digits with spaces, dots, dashes, slashes or parentheses; 7 to 16 digits. */
function isPhone(text: string): boolean {
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 16;
}

export function checkAnswer(validation: InputValidation, answer: string): AnswerCheck {
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
  }
}
