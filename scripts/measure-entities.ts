// Measures the entity extraction candidates on the sentence table (test/engine/entities/sentence-table.ts):
//   npx tsx scripts/measure-entities.ts
// Prints accuracy per candidate and language, and the time per sentence. A candidate that is not installed is
// reported as such (the comparison was made while all of them were; docs/file-format.md#system-entities).
import { createRequire } from 'node:module';
import { extractEntities, normalisePhone, phoneRegion } from '../engine/entities';
import { findDates } from '../engine/entities/dates';
import { entityLanguage } from '../engine/entities/recognised';
import { scoreTable, type Extractor, type Found } from '../test/engine/entities/score-table';
import { SENTENCE_TABLE, TABLE_NOW } from '../test/engine/entities/sentence-table';
import { HELD_OUT_TABLE } from '../test/engine/entities/held-out-table';

const require = createRequire(import.meta.url);
const pad = (n: number) => String(n).padStart(2, '0');

type Recognizers = Record<
  string,
  (
    text: string,
    culture: string,
    ...rest: unknown[]
  ) => { resolution: Record<string, unknown>; text: string }[]
>;

/** Microsoft Recognizers-Text, its results mapped to Chatlayer's shapes (phones through the same normaliser). */
function recognizersExtractor(R: Recognizers): Extractor {
  const UNITS: Record<string, [string, string]> = {
    Kilometer: ['sys.distance', 'km'],
    Meter: ['sys.distance', 'm'],
    Mile: ['sys.distance', 'mile'],
    Kilogram: ['sys.quantity', 'kg'],
    Gram: ['sys.quantity', 'g'],
    Liter: ['sys.quantity', 'l'],
  };
  const TIMEX_UNIT: Record<string, string> = {
    H: 'hour',
    D: 'day',
    M: 'minute',
    W: 'week',
    S: 'second',
    Y: 'year',
  };
  return (row) => {
    const culture = row.language.startsWith('fr')
      ? 'fr-fr'
      : row.language.startsWith('nl')
        ? 'nl-nl'
        : 'en-us';
    const found: Found = [];
    const t = row.text;
    for (const r of R.recognizeNumber!(t, culture))
      found.push({ entity: 'sys.number', value: String(r.resolution.value) });
    for (const r of R.recognizeOrdinal!(t, culture))
      found.push({ entity: 'sys.ordinal', value: String(r.resolution.value) });
    for (const r of R.recognizeEmail!(t, culture))
      found.push({ entity: 'sys.email', value: String(r.resolution.value) });
    for (const r of R.recognizeURL!(t, culture)) {
      const value = String(r.resolution.value);
      const domain = new URL(/^https?:/.test(value) ? value : `http://${value}`).hostname.replace(
        /^www\./,
        '',
      );
      found.push({ entity: 'sys.url', value, extra: { 'sys.url_domain': domain } });
    }
    for (const r of R.recognizePhoneNumber!(t, culture)) {
      const value = normalisePhone(String(r.resolution.value), phoneRegion(row.language));
      if (value) found.push({ entity: 'sys.phone_number', value });
    }
    for (const r of R.recognizeCurrency!(t, culture))
      found.push({
        entity: 'sys.amount_of_money',
        value: String(r.resolution.value),
        extra: { 'sys.amount_of_money_currency': String(r.resolution.isoCurrency) },
      });
    for (const r of R.recognizeTemperature!(t, culture))
      found.push({
        entity: 'sys.temperature',
        value: String(r.resolution.value),
        extra: { 'sys.temperature_unit': r.resolution.unit === 'F' ? 'fahrenheit' : 'celsius' },
      });
    for (const r of R.recognizeDimension!(t, culture)) {
      const unit = UNITS[String(r.resolution.unit)];
      if (unit)
        found.push({
          entity: unit[0],
          value: String(r.resolution.value),
          extra: { [`${unit[0]}_unit`]: unit[1] },
        });
    }
    for (const r of R.recognizeDateTime!(t, culture, undefined, new Date(TABLE_NOW))) {
      const v = (r.resolution.values as { type: string; value: string; timex: string }[])[0];
      if (!v) continue;
      if (v.type === 'date') {
        const [y, m, d] = v.value.split('-');
        found.push({ entity: 'sys.date', value: `${d}-${m}-${y}` });
      } else if (v.type === 'datetime' || v.type === 'time') {
        const [date, time] = v.type === 'time' ? ['2026-12-02', v.value] : v.value.split(' ');
        const [h, min] = time!.split(':');
        found.push({
          entity: 'sys.time',
          value: `${date}T${pad(Number(h))}:${min}:00.000Z`,
          extra: { 'sys.time_grain': min === '00' ? 'hour' : 'minute' },
        });
      } else if (v.type === 'duration') {
        const unit = TIMEX_UNIT[v.timex.slice(-1)] ?? 'second';
        const amount = /(\d+(?:\.\d+)?)/.exec(v.timex)?.[1] ?? '';
        found.push({
          entity: 'sys.duration',
          value: amount,
          extra: { 'sys.duration_unit': unit, 'sys.duration_normalized': Number(v.value) },
        });
      }
    }
    return found;
  };
}

/** @nlpjs/ner with its builtin extractor (the only system-entity path it has without a Duckling server). */
async function nlpjsExtractor(): Promise<Extractor> {
  type Result = { entities: { entity: string; sourceText: string; resolution?: { value?: unknown } }[] };
  const { Ner } = require('@nlpjs/ner') as { Ner: new () => { process(i: unknown): Promise<Result> } };
  const ner = new Ner();
  const found = new Map<string, Found>();
  for (const row of [...SENTENCE_TABLE, ...HELD_OUT_TABLE]) {
    const r = await ner.process({ locale: row.language.slice(0, 2), text: row.text });
    found.set(
      row.text,
      r.entities.map((e) => ({
        entity: `sys.${e.entity}`,
        value: String(e.resolution?.value ?? e.sourceText),
      })),
    );
  }
  return (row) => found.get(row.text) ?? [];
}

const candidates: [string, () => Extractor | Promise<Extractor>][] = [
  [
    'botloom (chrono-node + libphonenumber-js + own grammar)',
    () => (row) => extractEntities(row.text, { language: row.language, now: TABLE_NOW }),
  ],
  [
    'chrono-node alone (dates and times only)',
    () => (row) => findDates(row.text, entityLanguage(row.language), TABLE_NOW),
  ],
  [
    '@microsoft/recognizers-text-suite',
    () => recognizersExtractor(require('@microsoft/recognizers-text-suite') as Recognizers),
  ],
  ['@nlpjs/ner (builtin extractor)', nlpjsExtractor],
];

for (const [name, make] of candidates) {
  let extractor: Extractor;
  try {
    extractor = await make();
  } catch (e) {
    console.log(`${name}: not installed (${(e as Error).message.split('\n')[0]})`);
    continue;
  }
  scoreTable(extractor); // warm up
  const started = performance.now();
  const score = scoreTable(extractor);
  const ms = (performance.now() - started) / SENTENCE_TABLE.length;
  const per = score.languages.map((l) => `${l.language} ${l.passed}/${l.total}`).join(', ');
  console.log(
    `${name}: ${(score.accuracy * 100).toFixed(1)}% (${score.passed}/${score.total}; ${per}); ${ms.toFixed(3)} ms per sentence`,
  );
  const held = scoreTable(extractor, HELD_OUT_TABLE);
  const heldPer = held.languages.map((l) => `${l.language} ${l.passed}/${l.total}`).join(', ');
  console.log(`  held out: ${(held.accuracy * 100).toFixed(1)}% (${held.passed}/${held.total}; ${heldPer})`);
}
