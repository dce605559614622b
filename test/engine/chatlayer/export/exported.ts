// Helpers shared by the export tests: an export that must succeed, and its dialog states by label.
import type { ChatlayerExport } from '../../../../engine/chatlayer';

export type Exported = Extract<ChatlayerExport, { ok: true }>;
export function ok(r: ChatlayerExport): Exported {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r;
}
export const dialogstates = (r: Exported) => r.bot.flows.flatMap((f) => f.dialogstates);
export const byLabel = (r: Exported, label: string) => dialogstates(r).find((d) => d.label === label)!;
