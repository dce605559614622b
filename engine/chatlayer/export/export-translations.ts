// A multi-language bot's translations in the Chatlayer export (docs/chatlayer-export.md#languages). Chatlayer does not
// document how its bot file holds secondary languages; Botloom writes them as rows shaped like Chatlayer's
// Translations CSV (flow id, dialog id, dialog name, component type, a value per language), with the text's key and,
// when a translation was made from an older primary text, that text's hash, so an import gives back the project.
import { z } from 'zod';
import {
  LanguageTag,
  TextHash,
  blockTextUnits,
  hashKey,
  inFileOrder,
  ownerAt,
  projectLanguages,
  textHash,
  textIn,
  translatedFromHash,
  translationEntry,
  withOwnerAt,
  type Block,
  type Project,
  type TextOwner,
  type TextValue,
  type TranslationEntry,
} from '../../model';
import { ChatlayerId } from './message-schema';

export const ChatlayerTranslationRow = z.strictObject({
  flowId: z.string(),
  dialogstateId: ChatlayerId,
  dialogName: z.string(),
  componentType: z.string(),
  /** The text in each language that has it, the primary one included. */
  values: z.record(LanguageTag, z.string()),
  botloom: z.strictObject({
    /** The text's place in its block (`messages.0.buttons.1.title`). */
    key: z.string().min(1),
    /** Per language: the hash of the primary text the translation was made from, when it is not today's (stale). */
    sourceHash: z.record(LanguageTag, TextHash).optional(),
    /** Exports written before `sourceHash`: the primary text itself (read, hashed, never written). */
    from: z.record(LanguageTag, z.string()).optional(),
  }),
});
export type ChatlayerTranslationRow = z.infer<typeof ChatlayerTranslationRow>;

export const ChatlayerTranslations = z.strictObject({
  /** The secondary languages (the primary one is `bot.language`). */
  languages: z.array(LanguageTag).min(1),
  rows: z.array(ChatlayerTranslationRow),
});
export type ChatlayerTranslations = z.infer<typeof ChatlayerTranslations>;

const pick = (value: TextValue | undefined, index: number | undefined) =>
  index === undefined || value === undefined || typeof value === 'string' ? value : value[index];

/** The translations section of the export; undefined for a single-language project. */
export function exportTranslations(
  project: Project,
  ref: (blockId: string) => string,
): ChatlayerTranslations | undefined {
  const { primary, secondary, all } = projectLanguages(project);
  if (secondary.length === 0) return undefined;
  const rows: ChatlayerTranslationRow[] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks)
      for (const unit of blockTextUnits(block)) {
        const owner = ownerAt(block, unit.owner);
        if (!owner) continue;
        const values: Record<string, string> = {};
        const sourceHash: Record<string, string> = {};
        const current = pick(
          (owner as Record<string, unknown>)[unit.field] as TextValue | undefined,
          unit.index,
        );
        for (const language of all) {
          const value = textIn(owner, unit.field, language, primary, unit.index);
          if (typeof value === 'string' && value !== '') values[language] = value;
          else continue;
          if (language === primary) continue;
          const source = translatedFromHash(owner, unit.field, language, unit.index);
          if (typeof source === 'string' && (typeof current !== 'string' || source !== textHash(current)))
            sourceHash[language] = source;
        }
        rows.push({
          flowId: flow.id,
          dialogstateId: ref(block.id),
          dialogName: block.name ?? block.id,
          componentType: unit.component,
          values,
          botloom: { key: unit.key, ...(Object.keys(sourceHash).length ? { sourceHash } : {}) },
        });
      }
  return { languages: secondary, rows };
}

/** A key back into owner path, field and element (`messages.0.variants.2` → ['messages', 0], 'variants', 2). */
function parseKey(key: string): { owner: (string | number)[]; field: string; index?: number } | undefined {
  const parts: (string | number)[] = key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const last = parts.pop();
  if (typeof last === 'number') {
    const field = parts.pop();
    return typeof field === 'string' ? { owner: parts, field, index: last } : undefined;
  }
  return last === undefined ? undefined : { owner: parts, field: last };
}

/**
 * The blocks with the export's translations put back (`blockOf`: dialog state id → the block, as imported). Rows
 * naming no block or no text are reported through `fail` with their index.
 */
export function importTranslations(
  translations: ChatlayerTranslations,
  primary: string,
  blockOf: (dialogstateId: string) => Block | undefined,
  fail: (row: number, message: string) => void,
): Map<string, Block> {
  const blocks = new Map<string, Block>();
  translations.rows.forEach((row, r) => {
    const original = blockOf(row.dialogstateId);
    const at = parseKey(row.botloom.key);
    if (!original || !at)
      return fail(
        r,
        `row ${r + 1} names no block or text of this file (${row.dialogstateId} ${row.botloom.key})`,
      );
    const block = blocks.get(original.id) ?? original;
    const known = blockTextUnits(original).some(
      (u) =>
        u.field === at.field &&
        u.owner.length === at.owner.length &&
        u.owner.every((s, i) => s === at.owner[i]),
    );
    const owner = ownerAt(block, at.owner);
    if (!owner || !(known || at.field === 'variants'))
      return fail(r, `block "${original.id}" has no text ${row.botloom.key}`);
    let next: TextOwner = owner;
    for (const [language, value] of Object.entries(row.values)) {
      if (language === primary || !translations.languages.includes(language)) continue;
      const legacy = row.botloom.from?.[language];
      const hash =
        row.botloom.sourceHash?.[language] ?? (legacy === undefined ? undefined : textHash(legacy));
      next = putTranslation(next, at.field, language, value, at.index, hash);
    }
    blocks.set(original.id, withOwnerAt(block, at.owner, next));
  });
  return blocks;
}

/** The owner with one translated value and the hash of the primary text it was made from (today's unless `hash` says). */
function putTranslation(
  owner: TextOwner,
  field: string,
  language: string,
  value: string,
  index: number | undefined,
  hash: string | undefined,
): TextOwner {
  const own = (owner as Record<string, unknown>)[field] as TextValue | undefined;
  const entry: TranslationEntry = { ...translationEntry(owner, language) };
  const key = hashKey(field);
  if (index === undefined) {
    entry[field] = value;
    if (hash !== undefined || typeof own === 'string') entry[key] = hash ?? textHash(own as string);
  } else {
    const list = [...((entry[field] as string[] | undefined) ?? [])];
    list[index] = value;
    entry[field] = list;
    const sources = [
      ...((entry[key] as string[] | undefined) ?? (Array.isArray(own) ? own.map(textHash) : [])),
    ];
    if (hash !== undefined) sources[index] = hash;
    if (sources.length > 0) entry[key] = sources;
  }
  return { ...owner, translations: { ...(owner.translations ?? {}), [language]: inFileOrder(entry) } };
}

/** What a multi-language export cannot promise: Chatlayer's own place for secondary languages is not documented. */
export function languageWarnings(project: Project): { message: string }[] {
  const { secondary } = projectLanguages(project);
  if (secondary.length === 0) return [];
  return [
    {
      message: `The bot has secondary languages (${secondary.join(', ')}): Chatlayer does not document how its bot file holds them, so their texts are in Botloom's own "translations" section (rows like Chatlayer's Translations CSV) and the intents' "expressions". After the import, check the languages in Chatlayer, or import \`botloom translations export\`'s CSV in its Translations module.`,
    },
  ];
}
