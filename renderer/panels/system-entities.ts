// What each system entity stores in the session, in Chatlayer's format (docs/file-format.md#system-entities), for
// the Entities panel's read-only list. Companion variable names are Botloom's: Chatlayer does not document them.
import type { SystemEntity } from '../../engine/model';

export interface SystemEntityInfo {
  /** What is stored under the entity's name. */
  stores: string;
  /** Companion variables stored next to it. */
  companions?: string;
}

export const SYSTEM_ENTITY_INFO: Record<SystemEntity, SystemEntityInfo> = {
  'sys.number': { stores: 'a number as a string: "eighty eight" → "88"' },
  'sys.ordinal': { stores: 'an ordinal as a string: "the third" → "3"' },
  'sys.date': { stores: 'a date as DD-MM-YYYY: "tomorrow" → "03-12-2026"' },
  'sys.time': {
    stores: 'an ISO date-time in UTC: "at 3pm" → "2026-12-03T15:00:00.000Z"',
    companions: 'sys.time_grain (hour or minute)',
  },
  'sys.duration': {
    stores: 'the amount: "two days" → "2"',
    companions: 'sys.duration_unit, sys.duration_normalized (seconds)',
  },
  'sys.email': { stores: 'the e-mail address' },
  'sys.phone_number': {
    stores:
      'the number normalised for the project language\'s country: "0487 23 02 03" → "(+32) 487230203" (nl-BE)',
  },
  'sys.url': { stores: 'the URL as written', companions: 'sys.url_domain' },
  'sys.amount_of_money': {
    stores: 'the amount: "20 euro" → "20"',
    companions: 'sys.amount_of_money_currency',
  },
  'sys.any': { stores: 'the whole answer (input validation only, never extracted from a sentence)' },
  'sys.quantity': { stores: 'the amount: "2 kg" → "2"', companions: 'sys.quantity_unit' },
  'sys.temperature': { stores: 'the degrees: "20 degrees" → "20"', companions: 'sys.temperature_unit' },
  'sys.distance': { stores: 'the distance: "5 km" → "5"', companions: 'sys.distance_unit' },
};
