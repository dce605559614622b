// What changed since the previous export for Chatlayer: importing overwrites the bot's DRAFT with no
// way back (docs/chatlayer.md#bot-content-import-and-export), so before each export the designer sees, in one line, what it will change.
import { diffProjects, summarizeDiff, type DiffSummary } from '../../edit';
import type { Project } from '../../model';
import { importChatlayerBot, type ChatlayerImportError } from '../import';

export type ExportComparison =
  | { kind: 'first' }
  | { kind: 'unchanged' }
  | { kind: 'changed'; summary: DiffSummary; text: string }
  | { kind: 'unreadable'; errors: ChatlayerImportError[] };

/** Ids are bookkeeping of the export, not content: a new block's id is not a change of its own. */
function withoutIds(project: Project): Project {
  const { ids: _ids, ...connection } = project.chatlayer ?? {};
  const { chatlayer: _chatlayer, ...rest } = project;
  return Object.keys(connection).length ? { ...rest, chatlayer: connection } : rest;
}

/** Compares the project being exported with the text of the previous export (undefined: none). */
export function compareWithPreviousExport(previous: string | undefined, project: Project): ExportComparison {
  if (previous === undefined) return { kind: 'first' };
  const before = importChatlayerBot(previous);
  if (!before.ok) return { kind: 'unreadable', errors: before.errors };
  const summary = summarizeDiff(diffProjects(withoutIds(before.project), withoutIds(project)));
  return summary.empty
    ? { kind: 'unchanged' }
    : { kind: 'changed', summary, text: describeExportChanges(summary) };
}

const MAX_NAMES = 5;

function names(list: string[]): string {
  const shown = list.slice(0, MAX_NAMES).join(', ');
  return list.length > MAX_NAMES ? `${shown}, … ${list.length - MAX_NAMES} more` : shown;
}

const KINDS = [
  ['blocks', 'block'],
  ['flows', 'flow'],
  ['variables', 'variable'],
  ['intents', 'intent'],
  ['tests', 'test'],
  ['mocks', 'mock'],
] as const;

/** `2 blocks added (a, b), 1 changed (c); 1 intent removed (greet); settings changed (name)` */
export function describeExportChanges(summary: DiffSummary): string {
  const lists = summary as unknown as Record<string, string[]>;
  const groups: string[] = [];
  for (const [kind, noun] of KINDS) {
    const parts: string[] = [];
    const renamed = kind === 'blocks' ? summary.blocksRenamed.map((r) => `${r.from} → ${r.to}`) : [];
    const entries: [string, string[]][] = [
      ['added', lists[`${kind}Added`]!],
      ['changed', lists[`${kind}Changed`]!],
      ['renamed', renamed],
      ['removed', lists[`${kind}Removed`]!],
    ];
    for (const [verb, list] of entries) {
      if (!list.length) continue;
      const count = parts.length ? `${list.length}` : `${list.length} ${noun}${list.length === 1 ? '' : 's'}`;
      parts.push(`${count} ${verb} (${names(list)})`);
    }
    if (parts.length) groups.push(parts.join(', '));
  }
  if (summary.settingsChanged.length) groups.push(`settings changed (${names(summary.settingsChanged)})`);
  return groups.join('; ');
}
