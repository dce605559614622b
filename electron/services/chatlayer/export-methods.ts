// chatlayer.exportPreview and chatlayer.export (docs/chatlayer.md#export-for-import): the bot JSON for
// Chatlayer's importer, what it changes since the previous kept export, and which blocks get new ids.
// The export is written, kept in `<project>.chatlayer-exports/` and marked in the project's history; the
// new ids go back to the caller, which saves them with one updateSettings command (one undo step that the
// renderer's and the host's histories share).
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  compareWithPreviousExport,
  exportChangeSentence,
  exportChatlayerBot,
  type ExportComparison,
} from '../../../engine/chatlayer';
import type { Project } from '../../../engine/model';
import { HostError, type ChatlayerExportPreview, type ExportChange, type ExportChanges } from '../../api';
import { EXPORT_CHECKPOINT, historyFolder, keepExport, latestKeptExport } from './export-history';

/** The open project an export reads, and where its history goes. */
export interface ExportDocument {
  /** The project file (absolute). */
  file: string;
  project: Project;
  checkpoint(name: string): unknown;
}

const KINDS = ['blocks', 'flows', 'variables', 'intents', 'tests', 'mocks'] as const;
const VERBS = ['added', 'changed', 'removed'] as const;
const capital = (verb: string) => verb[0]!.toUpperCase() + verb.slice(1);

function changeList(comparison: ExportComparison): ExportChange[] {
  if (comparison.kind !== 'changed') return [];
  const summary = comparison.summary;
  const lists = summary as unknown as Record<string, string[]>;
  const out: ExportChange[] = [];
  for (const kind of KINDS) {
    for (const verb of VERBS) {
      const names = lists[`${kind}${capital(verb)}`] ?? [];
      if (names.length) out.push({ kind, verb, names });
    }
    if (kind === 'blocks' && summary.blocksRenamed.length)
      out.push({ kind, verb: 'renamed', names: summary.blocksRenamed.map((r) => `${r.from} → ${r.to}`) });
  }
  if (summary.settingsChanged.length)
    out.push({ kind: 'settings', verb: 'changed', names: summary.settingsChanged });
  return out;
}

/** The export of the project as it is now; a project that cannot be mapped is `invalid-input` with its paths. */
function exportNow(document: ExportDocument, newId: () => string) {
  const r = exportChatlayerBot(document.project, { newId });
  if (!r.ok) {
    const n = r.problems.length;
    throw new HostError(
      'invalid-input',
      `The project cannot be exported for Chatlayer: ${n} problem${n === 1 ? '' : 's'} (${r.problems[0]!.path}: ${r.problems[0]!.message}${n > 1 ? ' …' : ''}). Fix ${n === 1 ? 'it' : 'them'} (the Problems tab lists them) and export again.`,
      r.problems.map((p) => ({ path: p.path, message: p.message })),
    );
  }
  const folder = historyFolder(document.file);
  const previous = latestKeptExport(folder);
  const comparison = compareWithPreviousExport(previous?.text, r.project);
  const changes: ExportChanges = {
    kind: comparison.kind,
    sentence: exportChangeSentence(comparison, previous),
    previous: previous ? { file: previous.file, at: previous.at.toISOString() } : null,
    changes: changeList(comparison),
  };
  const ids = r.project.chatlayer?.ids ?? {};
  return {
    r,
    folder,
    changes,
    newIds: Object.fromEntries(r.assigned.map((blockId) => [blockId, ids[blockId]!])),
    warnings: r.warnings.map((w) => ({
      blockId: w.blockId ?? null,
      blockName: w.blockName ?? null,
      field: w.field ?? null,
      message: w.message,
    })),
  };
}

/** `<project folder>/<project file name>.chatlayer.json` */
const defaultTarget = (file: string) =>
  path.join(path.dirname(file), `${path.basename(file).replace(/\.botloom$/i, '')}.chatlayer.json`);

export function exportPreview(document: ExportDocument, newId: () => string): ChatlayerExportPreview {
  const { r, folder, changes, newIds, warnings } = exportNow(document, newId);
  return {
    text: r.text,
    counts: {
      flows: r.bot.flows.length,
      blocks: r.bot.flows.reduce((n, f) => n + f.dialogstates.length, 0),
      intents: r.bot.intents.length,
      variables: r.bot.variables.length,
    },
    changes,
    newIds,
    warnings,
    defaultTarget: defaultTarget(document.file),
    historyFolder: folder,
  };
}

/**
 * Where an export may go: a file in an existing folder (a relative target is resolved against the
 * project's folder, and the result names it), never the project itself or a .botloom file, and an
 * existing file only with `overwrite`.
 */
function checkTarget(document: ExportDocument, target: string, overwrite: boolean): string {
  const file = path.resolve(path.dirname(document.file), target);
  const refuse = (message: string) => new HostError('invalid-input', message, [{ path: 'target', message }]);
  if (file === path.resolve(document.file) || /\.botloom$/i.test(file))
    throw refuse(`${file} is a Botloom project: write the Chatlayer export to a .json file instead.`);
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw refuse(`The folder ${folder} does not exist: choose a path in an existing folder.`);
  if (existsSync(file) && statSync(file).isDirectory())
    throw refuse(`${file} is a folder: add a file name such as bot.chatlayer.json.`);
  if (existsSync(file) && !overwrite)
    throw new HostError('conflict', `${file} already exists: confirm to replace it.`, [
      { path: 'target', message: 'exists' },
    ]);
  return file;
}

export function exportToFile(
  document: ExportDocument,
  target: string,
  options: { newId: () => string; now: () => Date; overwrite?: boolean },
) {
  const file = checkTarget(document, target, options.overwrite ?? false);
  const { r, folder, changes, newIds, warnings } = exportNow(document, options.newId);
  try {
    writeFileSync(file, r.text);
  } catch (e) {
    throw new HostError(
      'failed',
      `Could not write ${file}: ${(e as Error).message}. Choose a path you can write to.`,
    );
  }
  let kept: string;
  try {
    kept = keepExport(folder, r.text, options.now());
  } catch (e) {
    throw new HostError(
      'failed',
      `The export was written to ${file}, but keeping a copy in ${folder} failed: ${(e as Error).message}. Check that the folder beside the project is writable.`,
    );
  }
  let checkpoint: string;
  try {
    document.checkpoint(EXPORT_CHECKPOINT);
    checkpoint = `Added the revision "${EXPORT_CHECKPOINT}" to the project's history.`;
  } catch (e) {
    checkpoint = `Could not add the revision "${EXPORT_CHECKPOINT}": ${(e as Error).message}`;
  }
  return { written: file, kept, changes, newIds, warnings, checkpoint };
}
