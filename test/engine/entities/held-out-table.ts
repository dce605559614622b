// Sentences written after the extractors were built and never tuned against (docs/file-format.md#system-entities):
// their figure is the honest, out-of-sample one. Same clock and format as sentence-table.ts.
import type { TableRow } from './sentence-table';

const row = (
  language: TableRow['language'],
  text: string,
  entity: string,
  value: string,
  extra?: TableRow['extra'],
): TableRow => ({
  language,
  text,
  entity,
  value,
  ...(extra ? { extra } : {}),
});

export const HELD_OUT_TABLE: readonly TableRow[] = [
  row('en', 'can I book for four people', 'sys.number', '4'),
  row('en', 'the day after tomorrow', 'sys.date', '04-12-2026'),
  row('en', 'on the 5th of January 2027', 'sys.date', '05-01-2027'),
  row('en', 'my email is Info@Shop.co.uk', 'sys.email', 'Info@Shop.co.uk'),
  row('en', 'about 40 minutes', 'sys.duration', '40', {
    'sys.duration_unit': 'minute',
    'sys.duration_normalized': 2400,
  }),
  row('en', 'a hundred and twenty', 'sys.number', '120'),
  row('nl-BE', 'overmorgen', 'sys.date', '04-12-2026'),
  row('nl-BE', 'volgende maandag', 'sys.date', '07-12-2026'),
  row('nl-BE', 'ik ben er met zeven', 'sys.number', '7'),
  row('nl-BE', 'het kost 35 euro', 'sys.amount_of_money', '35', { 'sys.amount_of_money_currency': 'EUR' }),
  row('nl-BE', 'bel me op +32 2 123 45 67', 'sys.phone_number', '(+32) 21234567'),
  row('fr-BE', 'lundi prochain', 'sys.date', '07-12-2026'),
  row('fr-BE', 'nous serons six', 'sys.number', '6'),
  row('fr-BE', 'à 20h', 'sys.time', '2026-12-02T20:00:00.000Z', { 'sys.time_grain': 'hour' }),
  row('fr-BE', 'deux kilos de pommes', 'sys.quantity', '2', { 'sys.quantity_unit': 'kg' }),
];
