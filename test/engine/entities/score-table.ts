// Scores an extractor on the sentence table: a row passes when the first value found for its entity, and every
// companion variable the row names, equal the expected ones.
import { SENTENCE_TABLE, type TableRow } from './sentence-table';

export type Found = { entity: string; value: unknown; extra?: Record<string, unknown> }[];
export type Extractor = (row: TableRow) => Found;

export function rowPasses(row: TableRow, found: Found): boolean {
  const hit = found.find((f) => f.entity === row.entity);
  if (!hit || hit.value !== row.value) return false;
  return Object.entries(row.extra ?? {}).every(([k, v]) => hit.extra?.[k] === v);
}

export interface Score {
  language: string;
  passed: number;
  total: number;
}

/** Accuracy per language and overall, with the rows that failed. */
export function scoreTable(extract: Extractor, rows: readonly TableRow[] = SENTENCE_TABLE) {
  const byLanguage = new Map<string, Score>();
  const failed: { row: TableRow; found: Found }[] = [];
  for (const row of rows) {
    const key = row.language.slice(0, 2);
    const score = byLanguage.get(key) ?? { language: key, passed: 0, total: 0 };
    let found: Found;
    try {
      found = extract(row);
    } catch {
      found = [];
    }
    score.total++;
    if (rowPasses(row, found)) score.passed++;
    else failed.push({ row, found });
    byLanguage.set(key, score);
  }
  const passed = [...byLanguage.values()].reduce((n, s) => n + s.passed, 0);
  return {
    languages: [...byLanguage.values()],
    passed,
    total: rows.length,
    accuracy: passed / rows.length,
    failed,
  };
}
