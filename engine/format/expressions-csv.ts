// Intent expressions (examples) per language as CSV (docs/file-format.md#translations-as-csv): columns `intent` and
// one value_<language> per language; an intent takes as many rows as its longest list, the i-th row holding the
// i-th example of each language. Importing replaces an intent's examples in each secondary language the file has.
import { intentExamples, projectLanguages, type Project } from '../model';
import { csvText, readCsv, valueColumn, type CsvRemark } from './translations-csv';

export const INTENT_COLUMN = 'intent';

/** Every intent's examples in every language, as CSV. */
export function expressionsToCsv(project: Project): string {
  const { primary, all } = projectLanguages(project);
  const rows: string[][] = [];
  for (const intent of project.intents) {
    const lists = all.map((l) => intentExamples(intent, l, primary));
    const height = Math.max(...lists.map((l) => l.length));
    for (let i = 0; i < height; i++) rows.push([intent.id, ...lists.map((l) => l[i] ?? '')]);
  }
  return csvText([INTENT_COLUMN, ...all.map(valueColumn)], rows);
}

/** An intent's examples in one secondary language, as the `applyTranslations` command takes them. */
export interface CsvExamplesEdit {
  intent: string;
  language: string;
  examples: string[];
}

export type ExpressionsImportResult =
  | {
      ok: true;
      examples: CsvExamplesEdit[];
      unknownRows: CsvRemark[];
      columns: CsvRemark[];
      changedPrimary: CsvRemark[];
    }
  | { ok: false; problems: CsvRemark[] };

/** Reads an expressions CSV for `project`: the changed example lists and the report; a malformed file is refused. */
export function parseExpressionsCsv(text: string, project: Project): ExpressionsImportResult {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const { primary, secondary, all } = projectLanguages(project);
  const intentAt = csv.header.findIndex((h) => h.toLowerCase() === INTENT_COLUMN);
  if (intentAt < 0)
    return { ok: false, problems: [{ line: 1, message: 'the header has no "intent" column' }] };
  const columns: CsvRemark[] = [];
  const languageAt = new Map<string, number>();
  csv.header.forEach((h, i) => {
    const m = /^value_(.+)$/i.exec(h);
    if (!m) return;
    const language = all.find((l) => l.toLowerCase() === m[1]!.toLowerCase());
    if (language) languageAt.set(language, i);
    else columns.push({ line: 1, message: `column "${h}" is not a language of the project: it is ignored` });
  });
  for (const language of secondary)
    if (!languageAt.has(language))
      columns.push({ line: 1, message: `there is no "${valueColumn(language)}" column` });
  const unknownRows: CsvRemark[] = [];
  const lists = new Map<string, Map<string, string[]>>();
  csv.rows.forEach((cells, r) => {
    const id = (cells[intentAt] ?? '').trim();
    if (!project.intents.some((i) => i.id === id)) {
      unknownRows.push({ line: r + 2, message: `there is no intent "${id}": the row is skipped` });
      return;
    }
    const byLanguage = lists.get(id) ?? new Map<string, string[]>();
    lists.set(id, byLanguage);
    for (const [language, i] of languageAt) {
      const value = (cells[i] ?? '').trim();
      if (value !== '') byLanguage.set(language, [...(byLanguage.get(language) ?? []), value]);
    }
  });
  const examples: CsvExamplesEdit[] = [];
  const changedPrimary: CsvRemark[] = [];
  for (const [id, byLanguage] of lists) {
    const intent = project.intents.find((i) => i.id === id)!;
    const primaryList = byLanguage.get(primary);
    if (languageAt.has(primary) && JSON.stringify(primaryList ?? []) !== JSON.stringify(intent.examples))
      changedPrimary.push({
        message: `intent "${id}": the ${primary} examples differ from the project's (they are not imported; edit them in the project)`,
      });
    for (const language of secondary) {
      if (!languageAt.has(language)) continue;
      const list = byLanguage.get(language) ?? [];
      if (JSON.stringify(list) !== JSON.stringify(intentExamples(intent, language, primary)))
        examples.push({ intent: id, language, examples: list });
    }
  }
  return { ok: true, examples, unknownRows, columns, changedPrimary };
}
