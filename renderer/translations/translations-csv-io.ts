// Translations as CSV in Chatlayer's layout (docs/file-format.md#translations-as-csv), for the app: flow id, dialog
// id, dialog name, component type, one value_<language> per language (primary first), then Botloom's `key`.
// Loaded lazily (papaparse stays out of the initial bundle). The engine side (s24-lang's
// engine/format/translations-csv*.ts, shared with the CLI) has the same API; once merged, this file becomes
// re-exports of it.
import Papa from 'papaparse';
import {
  blockTextUnits,
  ownerAt,
  projectLanguages,
  projectTextUnits,
  textIn,
  type Project,
  type TextUnit,
} from '../../engine/model';

export const TRANSLATION_COLUMNS = ['flow id', 'dialog id', 'dialog name', 'component type'] as const;
const KEY_COLUMN = 'key';
const valueColumn = (language: string) => `value_${language}`;
const MAX_CHARS = 20_000_000;

export interface CsvRemark {
  line?: number;
  message: string;
}

export interface CsvTranslationEdit {
  block: string;
  owner: (string | number)[];
  field: string;
  index?: number;
  language: string;
  value: string;
}

export interface TranslationsImport {
  edits: CsvTranslationEdit[];
  unknownRows: CsvRemark[];
  changedStructure: CsvRemark[];
  columns: CsvRemark[];
  emptyCells: CsvRemark[];
}

export type TranslationsImportResult =
  ({ ok: true } & TranslationsImport) | { ok: false; problems: CsvRemark[] };

const cell = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(' | ') : '';

/** Every translatable text of the project as CSV (CRLF lines), one row per text. */
export function translationsToCsv(project: Project): string {
  const { all, primary } = projectLanguages(project);
  const blocks = new Map(project.flows.flatMap((f) => f.blocks.map((b) => [b.id, b] as const)));
  const data = projectTextUnits(project).map((u) => {
    const owner = ownerAt(blocks.get(u.blockId)!, u.owner);
    const values = all.map((l) => (owner ? cell(textIn(owner, u.field, l, primary, u.index)) : ''));
    return [u.flowId, u.blockId, u.blockName, u.component, ...values, u.key];
  });
  return `${Papa.unparse({ fields: [...TRANSLATION_COLUMNS, ...all.map(valueColumn), KEY_COLUMN], data }, { newline: '\r\n' })}\r\n`;
}

function readCsv(
  text: string,
): { ok: true; header: string[]; rows: string[][] } | { ok: false; problems: CsvRemark[] } {
  if (text.length > MAX_CHARS)
    return { ok: false, problems: [{ message: `the file has more than ${MAX_CHARS} characters: split it` }] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    return { ok: false, problems: [{ message: 'the file is empty: its first line must name the columns' }] };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: '' });
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (errors.length > 0)
    return {
      ok: false,
      problems: errors.slice(0, 20).map((e) => ({
        ...(e.row !== undefined ? { line: e.row + 2 } : {}),
        message:
          e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
            ? 'a quote is not closed or stands inside an unquoted cell: quote the whole cell and write "" for a quote inside it'
            : `${e.message}: check the separators and quotes of this line`,
      })),
    };
  const [header = [], ...rows] = parsed.data;
  const ragged = rows.findIndex((r) => r.length !== header.length);
  if (ragged >= 0)
    return {
      ok: false,
      problems: [
        {
          line: ragged + 2,
          message: `the line has ${rows[ragged]!.length} cells and the header ${header.length}: add or remove separators (quote a cell that holds a comma)`,
        },
      ],
    };
  return { ok: true, header, rows };
}

const columnOf = (header: string[], name: string) =>
  header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());

/** Reads a translations CSV for `project`: the edits it makes and its report; a malformed file is refused whole. */
export function parseTranslationsCsv(text: string, project: Project): TranslationsImportResult {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const { header, rows } = csv;
  const { primary, secondary } = projectLanguages(project);
  const at = (name: string) => columnOf(header, name);
  const [dialogAt, typeAt, nameAt, keyAt] = ['dialog id', 'component type', 'dialog name', KEY_COLUMN].map(
    at,
  );
  if (dialogAt! < 0 || typeAt! < 0)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message:
            'the header has no "dialog id" or "component type" column: export the translations again and edit that file',
        },
      ],
    };
  const report: TranslationsImport = {
    edits: [],
    unknownRows: [],
    changedStructure: [],
    columns: [],
    emptyCells: [],
  };
  const languageColumns = secondary.flatMap((language) => {
    const i = at(valueColumn(language));
    if (i < 0)
      report.columns.push({
        line: 1,
        message: `no "${valueColumn(language)}" column: ${language} is not imported`,
      });
    return i < 0 ? [] : [{ language, i }];
  });
  header.forEach((h) => {
    const m = /^value_(.+)$/i.exec(h.trim());
    if (m && m[1] !== primary && !secondary.includes(m[1]!))
      report.columns.push({
        line: 1,
        message: `"${h}": the project has no language ${m[1]}; add it in Settings to import it`,
      });
  });
  const primaryAt = at(valueColumn(primary));
  const blocks = new Map(project.flows.flatMap((f) => f.blocks.map((b) => [b.id, b] as const)));
  const order = new Map<string, number>();
  rows.forEach((row, r) => {
    const line = r + 2;
    const blockId = row[dialogAt!]!.trim();
    const block = blocks.get(blockId);
    const units = block ? blockTextUnits(block) : [];
    let unit: TextUnit | undefined;
    if (keyAt! >= 0 && row[keyAt!]) unit = units.find((u) => u.key === row[keyAt!]!.trim());
    else {
      const n = `${blockId}|${row[typeAt!]}`;
      const k = order.get(n) ?? 0;
      order.set(n, k + 1);
      unit = units.filter((u) => u.component === row[typeAt!]!.trim())[k];
    }
    const owner = block && unit ? ownerAt(block, unit.owner) : undefined;
    if (!block || !unit || !owner) {
      report.unknownRows.push({
        line,
        message: `no text ${row[keyAt!] ?? row[typeAt!]} in a block "${blockId}" (renamed or deleted since the export?)`,
      });
      return;
    }
    if (unit.component !== row[typeAt!]!.trim())
      report.changedStructure.push({
        line,
        message: `${blockId}: the text is a ${unit.component} now, not a ${row[typeAt!]}`,
      });
    else if (nameAt! >= 0 && row[nameAt!] !== (block.name ?? block.id))
      report.changedStructure.push({
        line,
        message: `${blockId}: the block is named "${block.name ?? block.id}" now`,
      });
    else if (
      primaryAt >= 0 &&
      row[primaryAt] !== cell(textIn(owner, unit.field, primary, primary, unit.index))
    )
      report.changedStructure.push({
        line,
        message: `${blockId}: the ${primary} text changed since the export`,
      });
    for (const { language, i } of languageColumns) {
      const value = row[i]!;
      if (value.trim() === '') {
        report.emptyCells.push({ line, message: `${blockId} ${unit.key}: empty ${language} cell` });
        continue;
      }
      if (value === cell(textIn(owner, unit.field, language, primary, unit.index))) continue;
      report.edits.push({
        block: blockId,
        owner: unit.owner,
        field: unit.field,
        ...(unit.index === undefined ? {} : { index: unit.index }),
        language,
        value,
      });
    }
  });
  return { ok: true, ...report };
}
