// The entity accuracy table (docs/file-format.md#system-entities): sentences in English, Dutch and French, the
// entity each one is about, and the value Chatlayer stores for it. The clock is Wednesday 2 December 2026, 09:00 UTC.
// scripts/measure-entities.ts measures each candidate library on it; sentence-table.test.ts keeps Botloom's figure.
export const TABLE_NOW = Date.UTC(2026, 11, 2, 9, 0);

export interface TableRow {
  language: 'en' | 'nl-BE' | 'fr-BE';
  text: string;
  entity: string;
  value: string;
  /** Companion variables, when Chatlayer stores some (currency, unit…). */
  extra?: Record<string, string | number>;
}

const en = (text: string, entity: string, value: string, extra?: TableRow['extra']): TableRow => ({
  language: 'en',
  text,
  entity,
  value,
  ...(extra ? { extra } : {}),
});
const nl = (text: string, entity: string, value: string, extra?: TableRow['extra']): TableRow => ({
  language: 'nl-BE',
  text,
  entity,
  value,
  ...(extra ? { extra } : {}),
});
const fr = (text: string, entity: string, value: string, extra?: TableRow['extra']): TableRow => ({
  language: 'fr-BE',
  text,
  entity,
  value,
  ...(extra ? { extra } : {}),
});

export const SENTENCE_TABLE: readonly TableRow[] = [
  // sys.number
  en('I would like 3 tickets', 'sys.number', '3'),
  en('eighty eight', 'sys.number', '88'),
  en('we are with twenty-five people', 'sys.number', '25'),
  en('one hundred and five', 'sys.number', '105'),
  en('it weighs 1,250.5 in total', 'sys.number', '1250.5'),
  nl('ik wil 3 tickets', 'sys.number', '3'),
  nl('achtentachtig', 'sys.number', '88'),
  nl('we zijn met vijfentwintig', 'sys.number', '25'),
  nl('tweehonderdvijftig graag', 'sys.number', '250'),
  nl('het kost 12,5', 'sys.number', '12.5'),
  fr('je voudrais 3 billets', 'sys.number', '3'),
  fr('quatre-vingt-huit', 'sys.number', '88'),
  fr('nous sommes vingt-cinq', 'sys.number', '25'),
  fr('soixante-douze', 'sys.number', '72'),
  // sys.ordinal
  en('the third one please', 'sys.ordinal', '3'),
  en('my 2nd choice', 'sys.ordinal', '2'),
  nl('de derde graag', 'sys.ordinal', '3'),
  nl('de 2de optie', 'sys.ordinal', '2'),
  fr('le troisième', 'sys.ordinal', '3'),
  fr('la 1re option', 'sys.ordinal', '1'),
  // sys.date
  en('I want to fly to London tomorrow', 'sys.date', '03-12-2026'),
  en('in two days', 'sys.date', '04-12-2026'),
  en('on 24/12/2026', 'sys.date', '24-12-2026'),
  en('I was born on 12 March 1990', 'sys.date', '12-03-1990'),
  en('next Friday', 'sys.date', '11-12-2026'),
  en('yesterday', 'sys.date', '01-12-2026'),
  nl('morgen graag', 'sys.date', '03-12-2026'),
  nl('over twee dagen', 'sys.date', '04-12-2026'),
  nl('op 3 januari 2027', 'sys.date', '03-01-2027'),
  nl('gisteren', 'sys.date', '01-12-2026'),
  nl('24-12-2026', 'sys.date', '24-12-2026'),
  fr('demain', 'sys.date', '03-12-2026'),
  fr('dans deux jours', 'sys.date', '04-12-2026'),
  fr('le 3 janvier 2027', 'sys.date', '03-01-2027'),
  fr('hier', 'sys.date', '01-12-2026'),
  // sys.time
  en('tomorrow at 3pm', 'sys.time', '2026-12-03T15:00:00.000Z', { 'sys.time_grain': 'hour' }),
  en('at 5:30 pm', 'sys.time', '2026-12-02T17:30:00.000Z', { 'sys.time_grain': 'minute' }),
  nl('morgen om 15 uur', 'sys.time', '2026-12-03T15:00:00.000Z', { 'sys.time_grain': 'hour' }),
  nl('om 17:30', 'sys.time', '2026-12-02T17:30:00.000Z', { 'sys.time_grain': 'minute' }),
  fr('demain à 15h', 'sys.time', '2026-12-03T15:00:00.000Z', { 'sys.time_grain': 'hour' }),
  fr('à 17h30', 'sys.time', '2026-12-02T17:30:00.000Z', { 'sys.time_grain': 'minute' }),
  // sys.duration
  en('for 2 hours', 'sys.duration', '2', { 'sys.duration_unit': 'hour', 'sys.duration_normalized': 7200 }),
  en('it takes three days', 'sys.duration', '3', {
    'sys.duration_unit': 'day',
    'sys.duration_normalized': 259200,
  }),
  nl('het duurt 2 uur', 'sys.duration', '2', {
    'sys.duration_unit': 'hour',
    'sys.duration_normalized': 7200,
  }),
  nl('voor drie dagen', 'sys.duration', '3', {
    'sys.duration_unit': 'day',
    'sys.duration_normalized': 259200,
  }),
  fr('pendant 2 heures', 'sys.duration', '2', {
    'sys.duration_unit': 'hour',
    'sys.duration_normalized': 7200,
  }),
  fr('trois jours', 'sys.duration', '3', { 'sys.duration_unit': 'day', 'sys.duration_normalized': 259200 }),
  // sys.email
  en('mail me at jo.smith@example.com please', 'sys.email', 'jo.smith@example.com'),
  nl('mijn e-mail is an@voorbeeld.be', 'sys.email', 'an@voorbeeld.be'),
  fr('écrivez à marie@exemple.fr', 'sys.email', 'marie@exemple.fr'),
  // sys.phone_number
  en('call me on +32 487 23 02 03', 'sys.phone_number', '(+32) 487230203'),
  nl('mijn nummer is 0487 23 02 03', 'sys.phone_number', '(+32) 487230203'),
  nl('bel 09/123.45.67', 'sys.phone_number', '(+32) 91234567'),
  fr('mon numéro est le 0487/23.02.03', 'sys.phone_number', '(+32) 487230203'),
  fr('appelez le +33 6 12 34 56 78', 'sys.phone_number', '(+33) 612345678'),
  // sys.url
  en('see https://www.example.com/help', 'sys.url', 'https://www.example.com/help', {
    'sys.url_domain': 'example.com',
  }),
  nl('kijk op www.voorbeeld.be', 'sys.url', 'www.voorbeeld.be', { 'sys.url_domain': 'voorbeeld.be' }),
  fr('allez sur exemple.fr/aide', 'sys.url', 'exemple.fr/aide', { 'sys.url_domain': 'exemple.fr' }),
  // sys.amount_of_money
  en('it costs 20 euros', 'sys.amount_of_money', '20', { 'sys.amount_of_money_currency': 'EUR' }),
  en('I paid $15.50', 'sys.amount_of_money', '15.5', { 'sys.amount_of_money_currency': 'USD' }),
  nl('dat kost 20 euro', 'sys.amount_of_money', '20', { 'sys.amount_of_money_currency': 'EUR' }),
  nl('€ 12,50 graag', 'sys.amount_of_money', '12.5', { 'sys.amount_of_money_currency': 'EUR' }),
  fr('ça coûte 20 euros', 'sys.amount_of_money', '20', { 'sys.amount_of_money_currency': 'EUR' }),
  // sys.temperature
  en('it is 20 degrees', 'sys.temperature', '20', { 'sys.temperature_unit': 'celsius' }),
  nl('het is 18°C', 'sys.temperature', '18', { 'sys.temperature_unit': 'celsius' }),
  fr('il fait 25 degrés', 'sys.temperature', '25', { 'sys.temperature_unit': 'celsius' }),
  // sys.distance
  en('it is 5 km away', 'sys.distance', '5', { 'sys.distance_unit': 'km' }),
  nl('nog 300 meter', 'sys.distance', '300', { 'sys.distance_unit': 'm' }),
  fr('à 12 kilomètres', 'sys.distance', '12', { 'sys.distance_unit': 'km' }),
  // sys.quantity
  en('2 kg of apples', 'sys.quantity', '2', { 'sys.quantity_unit': 'kg' }),
  nl('500 gram kaas', 'sys.quantity', '500', { 'sys.quantity_unit': 'g' }),
  fr('3 litres de lait', 'sys.quantity', '3', { 'sys.quantity_unit': 'l' }),
];
