// Translations as CSV in Chatlayer's layout (docs/file-format.md#translations-as-csv): the columns flow id, dialog id,
// dialog name, component type, one value_<language> per language (the primary first), then Botloom's `key`, the text's
// place in its block (messages.0.buttons.1.title), so a row finds its text again. Shared by the app and the CLI.
import Papa from 'papaparse';
import { ownerAt, projectLanguages, projectTextUnits, textIn, type Project } from '../model';

export const TRANSLATION_COLUMNS = ['flow id', 'dialog id', 'dialog name', 'component type'] as const;
export const KEY_COLUMN = 'key';
export const valueColumn = (language: string) => `value_${language}`;
/** Largest translations CSV read (about 20 MB). */
export const MAX_TRANSLATIONS_CSV_CHARS = 20_000_000;

/** Rows of cells, written with papaparse (quotes, separators and newlines inside cells escaped). */
export function csvText(fields: string[], data: string[][]): string {
  return Papa.unparse({ fields, data }, { newline: '\r\n' }) + '\r\n';
}

const cell = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(' | ') : '';

/** Every translatable text of the project as CSV, one row per text, one value column per language. */
export function translationsToCsv(project: Project): string {
  const { all } = projectLanguages(project);
  const rows: string[][] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      const units = projectTextUnits({ flows: [{ ...flow, blocks: [block] }] });
      for (const unit of units) {
        const owner = ownerAt(block, unit.owner);
        const values = all.map((l) =>
          owner ? cell(textIn(owner, unit.field, l, project.language, unit.index)) : '',
        );
        rows.push([unit.flowId, unit.blockId, unit.blockName, unit.component, ...values, unit.key]);
      }
    }
  return csvText([...TRANSLATION_COLUMNS, ...all.map(valueColumn), KEY_COLUMN], rows);
}

/** One problem or remark of an import, with its 1-based line (1 is the header) when it has one. */
export interface CsvRemark {
  line?: number;
  message: string;
}

export type ParsedCsv =
  { ok: true; header: string[]; rows: string[][] } | { ok: false; problems: CsvRemark[] };

/** Reads CSV text (a BOM, quotes, separators and newlines in cells handled); a malformed file is refused whole. */
export function readCsv(text: string, maxChars = MAX_TRANSLATIONS_CSV_CHARS): ParsedCsv {
  if (text.length > maxChars)
    return { ok: false, problems: [{ message: `the file has more than ${maxChars} characters: split it` }] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    return { ok: false, problems: [{ message: 'the file is empty: its first line must name the columns' }] };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: '' });
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (errors.length > 0)
    return {
      ok: false,
      problems: errors.slice(0, 20).map((e) => ({
        ...(e.row !== undefined ? { line: e.row + 1 } : {}),
        message:
          e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
            ? 'a quote is not closed or stands inside an unquoted cell: quote the whole cell and write "" for a quote inside it'
            : `${e.message}: check the separators and quotes of this line`,
      })),
    };
  const [header = [], ...rows] = parsed.data;
  const width = header.length;
  const ragged = rows.findIndex((r) => r.length !== width);
  if (ragged >= 0)
    return {
      ok: false,
      problems: [
        {
          line: ragged + 2,
          message: `the line has ${rows[ragged]!.length} cells and the header ${width}: add or remove separators (quote a cell that holds a comma)`,
        },
      ],
    };
  return { ok: true, header: header.map((h) => h.trim()), rows };
}
