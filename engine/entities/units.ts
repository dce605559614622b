// Unit words that turn a number into a system entity (docs/file-format.md#system-entities): currencies, temperature,
// distance, quantity and duration units in English, Dutch and French, with the canonical unit Botloom stores.
export type UnitEntity =
  'sys.amount_of_money' | 'sys.temperature' | 'sys.distance' | 'sys.quantity' | 'sys.duration';

interface Unit {
  entity: UnitEntity;
  unit: string;
  /** For durations: seconds per unit, for the normalised value. */
  seconds?: number;
}

function units(entity: UnitEntity, unit: string, words: string[], seconds?: number): [string, Unit][] {
  return words.map((w) => [w, { entity, unit, ...(seconds !== undefined ? { seconds } : {}) }]);
}

/** Unit words after a number, lower-case. */
export const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ...units('sys.amount_of_money', 'EUR', ['€', 'eur', 'euro', 'euros']),
  ...units('sys.amount_of_money', 'USD', ['$', 'usd', 'dollar', 'dollars', 'dollar américain']),
  ...units('sys.amount_of_money', 'GBP', ['£', 'gbp', 'pound', 'pounds', 'pond', 'livres', 'livre sterling']),
  ...units('sys.amount_of_money', 'CHF', ['chf', 'francs suisses']),
  ...units('sys.temperature', 'celsius', [
    '°c',
    '°',
    'degrees celsius',
    'degrees',
    'graden',
    'graden celsius',
    'degrés',
    'degrés celsius',
    'degré',
    'celsius',
  ]),
  ...units('sys.temperature', 'fahrenheit', ['°f', 'degrees fahrenheit', 'fahrenheit']),
  ...units('sys.distance', 'km', [
    'km',
    'kilometer',
    'kilometers',
    'kilometre',
    'kilometres',
    'kilomètre',
    'kilomètres',
  ]),
  ...units('sys.distance', 'm', ['m', 'meter', 'meters', 'metre', 'metres', 'mètre', 'mètres']),
  ...units('sys.distance', 'cm', ['cm', 'centimeter', 'centimeters', 'centimètres', 'centimètre']),
  ...units('sys.distance', 'mile', ['mile', 'miles', 'mijl']),
  ...units('sys.quantity', 'kg', [
    'kg',
    'kilo',
    'kilos',
    'kilogram',
    'kilograms',
    'kilogramme',
    'kilogrammes',
  ]),
  ...units('sys.quantity', 'g', ['g', 'gram', 'grams', 'gramme', 'grammes']),
  ...units('sys.quantity', 'l', ['l', 'liter', 'liters', 'litre', 'litres']),
  ...units('sys.quantity', 'cup', ['cup', 'cups', 'kopje', 'kopjes', 'tasse', 'tasses']),
  ...units('sys.quantity', 'piece', ['pieces', 'stuks', 'stuk', 'pièces']),
  ...units('sys.duration', 'second', ['second', 'seconds', 'sec', 'seconde', 'seconden', 'secondes'], 1),
  ...units('sys.duration', 'minute', ['minute', 'minutes', 'min', 'minuut', 'minuten'], 60),
  ...units('sys.duration', 'hour', ['hour', 'hours', 'uur', 'uren', 'heure', 'heures', 'h'], 3600),
  ...units('sys.duration', 'day', ['day', 'days', 'dag', 'dagen', 'jour', 'jours'], 86_400),
  ...units('sys.duration', 'week', ['week', 'weeks', 'weken', 'semaine', 'semaines'], 604_800),
  ...units('sys.duration', 'month', ['month', 'months', 'maand', 'maanden', 'mois'], 2_592_000),
  ...units(
    'sys.duration',
    'year',
    ['year', 'years', 'jaar', 'jaren', 'an', 'ans', 'année', 'années'],
    31_536_000,
  ),
]);

/** Currency symbols written before the amount: "€20", "$ 5". */
export const CURRENCY_PREFIX: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP'],
]);

/** The longest unit (one or two words) at the start of `rest`, and how many characters it took. */
export function unitAt(rest: string): { unit: Unit; length: number } | null {
  const m = /^\s?(°[cf]?|[€$£]|[\p{L}]+(?:\s[\p{L}]+)?)/u.exec(rest.toLowerCase());
  if (!m) return null;
  const words = m[1]!;
  const two = UNIT_WORDS.get(words);
  if (two) return { unit: two, length: m[0].length };
  const oneWord = /^[^\s]+/.exec(words)![0];
  const one = UNIT_WORDS.get(oneWord);
  return one ? { unit: one, length: m[0].length - (words.length - oneWord.length) } : null;
}
