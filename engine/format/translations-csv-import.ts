// Reading a translations CSV back (docs/file-format.md#translations-as-csv): each row finds its text by dialog id and
// key (without a key column: by dialog id, component type and order), and each changed secondary-language cell becomes
// one edit for the `applyTranslations` command. The report lists what needs a person's eye: unknown rows, texts whose
// structure or primary text changed since the export, missing or unknown columns, and empty cells.
import {
  blockTextUnits,
  ownerAt,
  projectLanguages,
  textIn,
  type Block,
  type Project,
  type TextUnit,
} from '../model';
import { KEY_COLUMN, readCsv, TRANSLATION_COLUMNS, valueColumn, type CsvRemark } from './translations-csv';

/** One text in one secondary language, as the `applyTranslations` command takes it. */
export interface CsvTranslationEdit {
  block: string;
  owner: (string | number)[];
  field: string;
  index?: number;
  language: string;
  value: string;
}

export interface TranslationsImport {
  /** The changed cells, ready for `applyTranslations` (unchanged and empty cells make none). */
  edits: CsvTranslationEdit[];
  /** Rows naming a block or text the project does not have (a renamed or deleted block). */
  unknownRows: CsvRemark[];
  /** Rows whose text changed since the export: another primary text, component type or block name. */
  changedStructure: CsvRemark[];
  /** Columns missing (a secondary language) or not understood (a language the project does not have). */
  columns: CsvRemark[];
  /** Empty secondary-language cells (an empty cell never removes a translation). */
  emptyCells: CsvRemark[];
}

export type TranslationsImportResult =
  ({ ok: true } & TranslationsImport) | { ok: false; problems: CsvRemark[] };

/** Whether the import needs confirming: anything but empty cells to report. */
export const importNeedsConfirming = (r: TranslationsImport): boolean =>
  r.unknownRows.length + r.changedStructure.length + r.columns.length > 0;

const findColumn = (header: string[], name: string) =>
  header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());

interface BlockUnits {
  block: Block;
  units: TextUnit[];
  byKey: Map<string, TextUnit>;
  /** Without a key column: the next unit of each component type to match, in order. */
  next: Map<string, number>;
}

/** Reads a translations CSV for `project`: the edits it makes and the report; a malformed file is refused. */
export function parseTranslationsCsv(text: string, project: Project): TranslationsImportResult {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const { header, rows } = csv;
  const { primary, secondary, all } = projectLanguages(project);
  const at = Object.fromEntries(TRANSLATION_COLUMNS.map((c) => [c, findColumn(header, c)]));
  const keyAt = findColumn(header, KEY_COLUMN);
  const missingBasic = (['dialog id', 'component type'] as const).filter((c) => at[c]! < 0);
  if (missingBasic.length > 0)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: `the header has no ${missingBasic.map((c) => `"${c}"`).join(' or ')} column: export the translations again and edit that file`,
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
  const languageAt = new Map<string, number>();
  header.forEach((h, i) => {
    const m = /^value_(.+)$/i.exec(h.trim());
    if (!m) return;
    const language = all.find((l) => l.toLowerCase() === m[1]!.toLowerCase());
    if (language) languageAt.set(language, i);
    else
      report.columns.push({
        line: 1,
        message: `column "${h}" is not a language of the project (${all.join(', ')}): it is ignored`,
      });
  });
  for (const language of secondary)
    if (!languageAt.has(language))
      report.columns.push({
        line: 1,
        message: `there is no "${valueColumn(language)}" column: no ${language} text is imported`,
      });
  if (![...languageAt.keys()].some((l) => l !== primary))
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: `the header has no value_<language> column of a secondary language (${secondary.join(', ') || 'the project has none'})`,
        },
      ],
    };

  const blocks = new Map<string, BlockUnits>();
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      const units = blockTextUnits(block);
      blocks.set(block.id, { block, units, byKey: new Map(units.map((u) => [u.key, u])), next: new Map() });
    }
  rows.forEach((cells, r) => {
    const line = r + 2;
    const get = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const blockId = get(at['dialog id']!).trim();
    const component = get(at['component type']!).trim();
    const entry = blocks.get(blockId);
    if (!entry) {
      report.unknownRows.push({
        line,
        message: `there is no block "${blockId}" (renamed or deleted since the export?): the row is skipped`,
      });
      return;
    }
    const unit = keyAt >= 0 ? entry.byKey.get(get(keyAt).trim()) : nthOfType(entry, component);
    if (!unit) {
      report.unknownRows.push({
        line,
        message: `block "${blockId}" has no ${component || 'text'} ${keyAt >= 0 ? `"${get(keyAt)}"` : 'left to match'}: the row is skipped`,
      });
      return;
    }
    const owner = ownerAt(entry.block, unit.owner)!;
    const changes: string[] = [];
    if (component !== unit.component) changes.push(`its component type is now "${unit.component}"`);
    const name = get(at['dialog name']!);
    if (at['dialog name']! >= 0 && name !== (entry.block.name ?? entry.block.id))
      changes.push(`the block is now named "${entry.block.name ?? entry.block.id}"`);
    const primaryAt = languageAt.get(primary);
    const current = textIn(owner, unit.field, primary, primary, unit.index) ?? '';
    if (primaryAt !== undefined && get(primaryAt) !== current)
      changes.push(`the ${primary} text is now ${JSON.stringify(current)}`);
    if (changes.length > 0)
      report.changedStructure.push({ line, message: `${blockId} ${unit.key}: ${changes.join('; ')}` });
    for (const [language, i] of languageAt) {
      if (language === primary) continue;
      const value = get(i);
      const before = textIn(owner, unit.field, language, primary, unit.index) ?? '';
      if (value.trim() === '') {
        if (current !== '')
          report.emptyCells.push({
            line,
            message: `${blockId} ${unit.key}: no ${language} text${before ? ' (the translation in the project is kept)' : ''}`,
          });
        continue;
      }
      if (value === before) continue;
      report.edits.push({
        block: blockId,
        owner: unit.owner,
        field: unit.field,
        ...(unit.index !== undefined ? { index: unit.index } : {}),
        language,
        value,
      });
    }
  });
  return { ok: true, ...report };
}

function nthOfType(entry: BlockUnits, component: string): TextUnit | undefined {
  const n = entry.next.get(component) ?? 0;
  const unit = entry.units.filter((u) => u.component === component)[n];
  entry.next.set(component, n + 1);
  return unit;
}
