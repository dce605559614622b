// The one sentence that tells, before and after an export for Chatlayer, what it changes compared with
// the previous kept export (the CLI prints it; the app shows it above the detailed lists).
import type { ExportComparison } from './export-changes';

/** `2026-11-24 21:03 UTC` */
export function formatExportTime(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function exportChangeSentence(
  comparison: ExportComparison,
  previous?: { file: string; at: Date },
): string {
  const since = previous ? ` (${formatExportTime(previous.at)})` : '';
  switch (comparison.kind) {
    case 'first':
      return 'First export of this project for Chatlayer.';
    case 'unchanged':
      return `No change since the previous export${since}.`;
    case 'changed':
      return `Changed since the previous export${since}: ${comparison.text}.`;
    case 'unreadable':
      return `warning: the previous export ${previous?.file ?? ''} cannot be read back (${comparison.errors[0]?.message ?? 'unknown format'}), so this export is not compared with it.`;
  }
}
