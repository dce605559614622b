// The offloading default blocks in the bot file (docs/chatlayer-export.md#the-offloading-default-blocks): Botloom's
// `offloadingOpenedBlock`, … as `defaultDialogstates.offloadingOpened`, …. Chatlayer documents the three blocks but
// not how its export names them, so these keys are Botloom's own.
import type { JsonPathSegment } from '../../format';
import { OFFLOADING_BLOCK_KEYS, type OffloadingBlockKey, type Project } from '../../model';

export const OFFLOADING_EXPORT_KEYS = {
  offloadingOpenedBlock: 'offloadingOpened',
  offloadingDisabledBlock: 'offloadingDisabled',
  offloadingClosedBlock: 'offloadingClosed',
} as const satisfies Record<OffloadingBlockKey, string>;
type ExportKey = (typeof OFFLOADING_EXPORT_KEYS)[OffloadingBlockKey];

/** The `defaultDialogstates` entries of the project's offloading blocks, as Chatlayer ids. */
export function offloadingDefaults(
  project: Project,
  ref: (blockId: string) => string,
): Partial<Record<ExportKey, string>> {
  const out: Partial<Record<ExportKey, string>> = {};
  for (const key of OFFLOADING_BLOCK_KEYS) {
    const target = project[key];
    if (target !== undefined) out[OFFLOADING_EXPORT_KEYS[key]] = ref(target);
  }
  return out;
}

/** The project's offloading block fields from `defaultDialogstates`, each resolved by `block`. */
export function importOffloadingDefaults(
  defaults: Partial<Record<ExportKey, string>>,
  block: (chatlayerId: string, at: JsonPathSegment[]) => string,
): Partial<Record<OffloadingBlockKey, string>> {
  const out: Partial<Record<OffloadingBlockKey, string>> = {};
  for (const key of OFFLOADING_BLOCK_KEYS) {
    const id = defaults[OFFLOADING_EXPORT_KEYS[key]];
    if (id !== undefined) out[key] = block(id, ['defaultDialogstates', OFFLOADING_EXPORT_KEYS[key]]);
  }
  return out;
}
