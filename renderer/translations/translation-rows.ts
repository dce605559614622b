// The Translations table's rows (docs/architecture.md#view-language-and-the-translations-table): one per
// translatable text of the project (engine/model's projectTextUnits), with its value and status in each
// language, and the table's filters. Pure, and cached per block object, so a 15,000-row table rebuilds only
// the rows of an edited block.
import {
  blockTextUnits,
  ownerAt,
  projectLanguages,
  textIn,
  translationStatus,
  type Block,
  type ComponentType,
  type Project,
  type TextUnit,
  type TranslationStatus,
} from '../../engine/model';

export interface TranslationCell {
  /** The text in this language ('' when missing). */
  value: string;
  status: TranslationStatus;
}

export interface TranslationRow {
  /** Unique in the table: block id and the unit's key. */
  id: string;
  flowId: string;
  flowName: string;
  blockId: string;
  blockName: string;
  component: ComponentType;
  unit: TextUnit;
  /** One cell per language, the primary first (projectLanguages(project).all). */
  cells: TranslationCell[];
}

export type StatusFilter = 'all' | 'missing' | 'stale';

export interface TranslationFilter {
  text: string;
  status: StatusFilter;
  /** The secondary language the status filter looks at; null: any of them. */
  language: string | null;
}

export const NO_TRANSLATION_FILTER: TranslationFilter = { text: '', status: 'all', language: null };

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(' | ') : '';

const cache = new WeakMap<Block, { key: string; rows: TranslationRow[] }>();

function blockRows(
  flow: { id: string; name: string },
  block: Block,
  languages: string[],
  primary: string,
  /** What the rows depend on besides the block: its flow and the languages. */
  key: string,
): TranslationRow[] {
  const hit = cache.get(block);
  if (hit && hit.key === key) return hit.rows;
  const rows = blockTextUnits(block).flatMap((unit) => {
    const owner = ownerAt(block, unit.owner);
    if (!owner) return [];
    return [
      {
        id: `${block.id}|${unit.key}`,
        flowId: flow.id,
        flowName: flow.name,
        blockId: block.id,
        blockName: block.name ?? block.id,
        component: unit.component,
        unit,
        cells: languages.map((language) => ({
          value: asText(textIn(owner, unit.field, language, primary, unit.index)),
          status: translationStatus(owner, unit.field, language, primary, unit.index),
        })),
      },
    ];
  });
  cache.set(block, { key, rows });
  return rows;
}

/** Every text of the project, flow by flow and block by block, with one cell per language. */
export function translationRows(project: Project): TranslationRow[] {
  const { primary, all } = projectLanguages(project);
  const out: TranslationRow[] = [];
  for (const flow of project.flows) {
    const key = `${flow.id}|${flow.name}|${primary}|${all.join(',')}`;
    for (const block of flow.blocks)
      for (const row of blockRows(flow, block, all, primary, key)) out.push(row);
  }
  return out;
}

/**
 * The rows the filter keeps: `missing` / `stale` rows have that status in the filter's language (or in any
 * secondary language); the text matches the block name or id, the flow or any cell, in any case.
 */
export function filterTranslationRows(
  rows: readonly TranslationRow[],
  languages: readonly string[],
  filter: TranslationFilter,
): TranslationRow[] {
  const wanted = filter.status;
  const columns = languages
    .map((language, i) => ({ language, i }))
    .filter(({ language, i }) => i > 0 && (filter.language === null || language === filter.language))
    .map(({ i }) => i);
  const needle = filter.text.trim().toLowerCase();
  return rows.filter((row) => {
    if (wanted !== 'all' && !columns.some((i) => row.cells[i]?.status === wanted)) return false;
    if (!needle) return true;
    return (
      row.blockName.toLowerCase().includes(needle) ||
      row.blockId.toLowerCase().includes(needle) ||
      row.flowName.toLowerCase().includes(needle) ||
      row.cells.some((c) => c.value.toLowerCase().includes(needle))
    );
  });
}
