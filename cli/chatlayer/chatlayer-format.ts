// `--to chatlayer` and `--from chatlayer` of botloom export/import (docs/chatlayer.md#export-for-import): the bot JSON for
// Chatlayer's importer, ids kept with the user's knowledge (kept-ids.ts), every export kept beside the project with a
// one-line summary of what changed since the previous one, and the reverse import.
import { randomUUID } from 'node:crypto';
import {
  compareWithPreviousExport,
  exportChangeSentence,
  exportChatlayerBot,
  importChatlayerBot,
  warningPlace,
  type ChatlayerExportWarning,
} from '../../engine/chatlayer';
import { CliError } from '../cli-error';
import { projectFileKind } from '../project-file';
import { keepChatlayerIds, projectWithKeptIds } from './kept-ids';
import type { ExportContext, ExportOutput, ProjectExporter, ProjectImporter } from '../project-formats';
import {
  checkpointExport,
  EXPORT_CHECKPOINT,
  historyFolder,
  keepExport,
  latestKeptExport,
} from '../../electron/services/chatlayer';

const MAX_WARNINGS = 20;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function warningLines(warnings: ChatlayerExportWarning[]): string[] {
  const lines = warnings.slice(0, MAX_WARNINGS).map((w) => `warning: ${warningPlace(w)}${w.message}`);
  if (warnings.length > MAX_WARNINGS)
    lines.push(`… and ${plural(warnings.length - MAX_WARNINGS, 'more warning')}`);
  return lines;
}

function changeLine(folder: string, project: Parameters<typeof compareWithPreviousExport>[1]): string {
  const previous = latestKeptExport(folder);
  return exportChangeSentence(compareWithPreviousExport(previous?.text, project), previous);
}

function exportForChatlayer(
  project: Parameters<ProjectExporter['export']>[0],
  context: ExportContext,
): ExportOutput {
  const withIds = projectWithKeptIds(context.source, project);
  const r = exportChatlayerBot(withIds, { newId: randomUUID });
  if (!r.ok)
    throw new CliError(
      `cannot export ${context.source} for Chatlayer: ${plural(r.problems.length, 'problem')}\n${r.problems
        .map((p) => `  ${context.source} ${p.path}: ${p.message}`)
        .join('\n')}\nFix ${r.problems.length === 1 ? 'it' : 'them'} and run the command again.`,
      2,
    );
  const folder = historyFolder(context.source);
  const notes = [...warningLines(r.warnings), changeLine(folder, r.project)];
  return {
    text: r.text,
    keep: () =>
      keepChatlayerIds({
        source: context.source,
        sourceText: context.sourceText,
        original: project,
        exported: r.project,
        assigned: r.assigned.length,
        rewrite: context.keepIds ?? false,
        saveLabel: `Chatlayer ids for ${plural(r.assigned.length, 'new block')}`,
      }),
    notes,
    afterWrite: () => {
      let kept: string;
      try {
        kept = keepExport(folder, r.text, new Date());
      } catch (e) {
        throw new CliError(
          `the export was written, but keeping a copy in ${folder} failed: ${(e as Error).message}. Check that the folder beside the project is writable.`,
          2,
        );
      }
      const lines = [`kept this export as ${kept}`];
      if (projectFileKind(context.source) === 'botloom') {
        const failed = checkpointExport(context.source);
        lines.push(
          failed
            ? `warning: could not add the revision "${EXPORT_CHECKPOINT}" to ${context.source}: ${failed}`
            : `added the revision "${EXPORT_CHECKPOINT}" to ${context.source}`,
        );
      }
      return lines;
    },
  };
}

export const chatlayerExporter: ProjectExporter = {
  description: `Chatlayer's importer (bot JSON; every export kept in <project>.chatlayer-exports/)`,
  export: exportForChatlayer,
};

export const chatlayerImporter: ProjectImporter = {
  description: 'a bot JSON written by botloom export --to chatlayer',
  import: (text, file) => {
    const r = importChatlayerBot(text);
    if (r.ok) return { ok: true, project: r.project, warnings: [] };
    return {
      ok: false,
      errors: r.errors.map((e) => ({
        code: e.code,
        message: e.message,
        file,
        ...(e.path ? { path: e.path } : {}),
        ...(e.line !== undefined ? { line: e.line, column: e.column } : {}),
      })),
    };
  },
};
