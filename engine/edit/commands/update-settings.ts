// updateSettings: name, language, start, fallback, Error occurred and offloading blocks, NLP, project and
// Chatlayer settings, entities, knowledge sources, the project tables; `null` clears an optional one. The default
// blocks must name existing blocks.
import { z } from 'zod';
import {
  BlockId,
  ChatlayerSettings,
  Entity,
  Knowledge,
  LanguageTag,
  NlpSettings,
  OFFLOADING_BLOCK_KEYS,
  Project,
  ProjectSettings,
  Tables,
} from '../../model';
import type { ProjectDraft } from '../project-draft';
import { editError } from '../edit-error';
import { unknownBlock, type CommandOutcome } from './outcome';

export const SettingsPatch = z.strictObject({
  name: Project.shape.name.optional(),
  language: Project.shape.language.unwrap().optional(),
  /** The secondary languages, whole (docs/file-format.md#languages); their translations stay in the file. */
  secondaryLanguages: z.array(LanguageTag).nullable().optional(),
  startBlock: BlockId.optional(),
  fallbackBlock: BlockId.nullable().optional(),
  errorBlock: BlockId.nullable().optional(),
  offloadingOpenedBlock: BlockId.nullable().optional(),
  offloadingDisabledBlock: BlockId.nullable().optional(),
  offloadingClosedBlock: BlockId.nullable().optional(),
  nlp: NlpSettings.nullable().optional(),
  settings: ProjectSettings.nullable().optional(),
  chatlayer: ChatlayerSettings.nullable().optional(),
  /** The custom entities, replaced as a whole (docs/file-format.md#entities). */
  entities: z.array(Entity).nullable().optional(),
  /** The knowledge sources and mocks, replaced as a whole (the Knowledge panel's edits). */
  knowledge: Knowledge.nullable().optional(),
  /** The project tables, whole (docs/file-format.md#tables); the Tables panel edits through this. */
  tables: Tables.nullable().optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const UpdateSettingsCommand = z.strictObject({
  type: z.literal('updateSettings'),
  patch: SettingsPatch,
});
export type UpdateSettingsCommand = z.infer<typeof UpdateSettingsCommand>;

export function updateSettings(draft: ProjectDraft, command: UpdateSettingsCommand): CommandOutcome {
  const patch: SettingsPatch =
    command.patch.secondaryLanguages?.length === 0
      ? { ...command.patch, secondaryLanguages: null }
      : command.patch;
  for (const key of ['startBlock', 'fallbackBlock', 'errorBlock', ...OFFLOADING_BLOCK_KEYS] as const) {
    const id = patch[key];
    if (id && !draft.hasBlock(id)) return unknownBlock(id, ['patch', key]);
  }
  const languageError = checkLanguages(draft, patch);
  if (languageError) return languageError;
  for (const key of [
    'name',
    'language',
    'secondaryLanguages',
    'startBlock',
    'fallbackBlock',
    'errorBlock',
    ...OFFLOADING_BLOCK_KEYS,
    'nlp',
    'settings',
    'chatlayer',
    'entities',
    'knowledge',
    'tables',
  ] as const)
    if (patch[key] !== undefined) draft.setSetting(key, patch[key] ?? undefined);
  return undefined;
}

/** The primary language is not a secondary one and no secondary language is listed twice; `[]` means none. */
function checkLanguages(draft: ProjectDraft, patch: SettingsPatch): CommandOutcome {
  const primary = patch.language ?? draft.project.language;
  const secondary =
    patch.secondaryLanguages === undefined
      ? (draft.project.secondaryLanguages ?? [])
      : (patch.secondaryLanguages ?? []);
  const bad = secondary.findIndex((l, i) => l === primary || secondary.indexOf(l) !== i);
  if (bad < 0) return undefined;
  return editError(
    'invalid-patch',
    `The language "${secondary[bad]}" is ${secondary[bad] === primary ? 'the primary language' : 'listed twice'}; list each secondary language once, apart from the primary one.`,
    ['patch', 'secondaryLanguages', bad],
  );
}
