// setTranslation: one text translated into one secondary language (the Translations table's cell edit);
// applyTranslations: many at once, with intent examples per language (a CSV import), as one command and one undo step.
// Each written translation records the primary text it was made from (docs/file-format.md#languages).
import { z } from 'zod';
import {
  BlockId,
  IntentId,
  LanguageTag,
  blockTextUnits,
  ownerAt,
  withOwnerAt,
  withTranslation,
  type Block,
  type Intent,
} from '../../model';
import { editError, type EditError } from '../edit-error';
import type { ProjectDraft } from '../project-draft';
import { unknownBlock, type CommandOutcome } from './outcome';

/** One text in one language: where it is (as a TextUnit of the block says) and its new value. */
export const TranslationEdit = z.strictObject({
  block: BlockId,
  /** The path from the block to the object owning the text; [] for the block's own fields. */
  owner: z.array(z.union([z.string().max(64), z.number().int().min(0)])).max(16),
  field: z.string().min(1).max(64),
  /** One element of a list field (`variants`); an empty value removes the element. */
  index: z.number().int().min(0).max(1000).optional(),
  language: LanguageTag,
  /** The translation; null or '' removes it. A list field edited whole (no index) takes a list. */
  value: z.union([z.string(), z.array(z.string())]).nullable(),
});
export type TranslationEdit = z.infer<typeof TranslationEdit>;

/** An intent's examples in one secondary language, replaced whole; an empty list removes them. */
export const ExamplesEdit = z.strictObject({
  intent: IntentId,
  language: LanguageTag,
  examples: z.array(z.string().min(1)),
});
export type ExamplesEdit = z.infer<typeof ExamplesEdit>;

export const SetTranslationCommand = z.strictObject({
  type: z.literal('setTranslation'),
  ...TranslationEdit.shape,
});
export type SetTranslationCommand = z.infer<typeof SetTranslationCommand>;

export const ApplyTranslationsCommand = z.strictObject({
  type: z.literal('applyTranslations'),
  edits: z.array(TranslationEdit).max(200_000).default([]),
  examples: z.array(ExamplesEdit).max(20_000).optional(),
});
export type ApplyTranslationsCommand = z.infer<typeof ApplyTranslationsCommand>;

export function setTranslation(draft: ProjectDraft, command: SetTranslationCommand): CommandOutcome {
  const { type: _type, ...edit } = command;
  return applyEdits(draft, [edit], () => []);
}

export function applyTranslations(draft: ProjectDraft, command: ApplyTranslationsCommand): CommandOutcome {
  const error = applyEdits(draft, command.edits, (i) => ['edits', i]);
  if (error) return error;
  return applyExamples(draft, command.examples ?? []);
}

function checkLanguage(
  draft: ProjectDraft,
  language: string,
  path: (string | number)[],
): EditError | undefined {
  if ((draft.project.secondaryLanguages ?? []).includes(language)) return undefined;
  return editError(
    'invalid-patch',
    language === draft.project.language
      ? `"${language}" is the primary language: edit the block's own text instead.`
      : `"${language}" is not one of the project's secondary languages; add it in the project settings first.`,
    [...path, 'language'],
  );
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);

function applyEdits(
  draft: ProjectDraft,
  edits: TranslationEdit[],
  pathOf: (i: number) => (string | number)[],
): CommandOutcome {
  const blocks = new Map<string, Block>();
  const places = draft.findBlocks(edits.map((e) => e.block));
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i]!;
    const at = pathOf(i);
    const place = places.get(edit.block);
    if (!place) return unknownBlock(edit.block, [...at, 'block']);
    const languageError = checkLanguage(draft, edit.language, at);
    if (languageError) return languageError;
    const block = blocks.get(edit.block) ?? place.block;
    const known = blockTextUnits(block).some((u) => samePath(u.owner, edit.owner) && u.field === edit.field);
    const owner = ownerAt(block, edit.owner);
    const isList = edit.field === 'variants';
    if (!owner || !(known || (isList && (owner as { kind?: string }).kind === 'text')))
      return editError(
        'invalid-patch',
        `Block "${edit.block}" has no translatable text ${[...edit.owner, edit.field].join('.')}.`,
        [...at, 'field'],
      );
    if (edit.value !== null && Array.isArray(edit.value) !== (isList && edit.index === undefined))
      return editError(
        'invalid-patch',
        `The value of ${edit.field} must be ${isList && edit.index === undefined ? 'a list of texts' : 'one text'}.`,
        [...at, 'value'],
      );
    const value = edit.value ?? undefined;
    blocks.set(
      edit.block,
      withOwnerAt(block, edit.owner, withTranslation(owner, edit.field, edit.language, value, edit.index)),
    );
  }
  for (const [id, block] of blocks) draft.replaceBlock(id, block, undefined, places.get(id));
  return undefined;
}

function applyExamples(draft: ProjectDraft, edits: ExamplesEdit[]): CommandOutcome {
  const changed = new Map<string, Intent>();
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i]!;
    const languageError = checkLanguage(draft, edit.language, ['examples', i]);
    if (languageError) return languageError;
    const index = draft.project.intents.findIndex((intent) => intent.id === edit.intent);
    if (index < 0)
      return editError('unknown-intent', `There is no intent "${edit.intent}" in the project.`, [
        'examples',
        i,
        'intent',
      ]);
    const intent = changed.get(edit.intent) ?? draft.project.intents[index]!;
    const byLanguage: Record<string, string[]> = { ...(intent.examplesByLanguage ?? {}) };
    if (edit.examples.length > 0) byLanguage[edit.language] = [...edit.examples];
    else delete byLanguage[edit.language];
    const { examplesByLanguage: _old, ...rest } = intent;
    changed.set(
      edit.intent,
      Object.keys(byLanguage).length > 0 ? { ...rest, examplesByLanguage: byLanguage } : rest,
    );
  }
  for (const [id, intent] of changed)
    draft.replaceItem(
      'intents',
      draft.project.intents.findIndex((x) => x.id === id),
      intent,
    );
  return undefined;
}
