// `botloom import <file> --out PROJECT [--from json|chatlayer]`: reads a project in an interchange format
// (without --from: a botloom/1 .json file or a .botloom project) and writes it as PROJECT (.botloom or .json).
import { existsSync } from 'node:fs';
import { BoundedReadError, readProjectText } from '../../engine/node/bounded-read';
import type { Command } from 'commander';
import { CliError } from '../cli-error';
import type { Project } from '../../engine/model';
import { loadProjectFile, projectFileKind } from '../project-file';
import { issueLine, requireSaved, unusableInput } from '../project-file-errors';
import { formatNames, IMPORTERS, PLANNED_FORMATS } from '../project-formats';

async function readInput(file: string, from: string | undefined): Promise<Project> {
  if (from === undefined) {
    const r = loadProjectFile(file);
    if (!r.ok) throw unusableInput(file, r.errors);
    r.warnings.forEach((w) => process.stderr.write(`botloom: warning: ${issueLine(w)}\n`));
    return r.project;
  }
  const importer = IMPORTERS[from];
  if (!importer) {
    if (PLANNED_FORMATS.includes(from))
      throw new CliError(
        `import from ${from} is not available in this build yet: use --from ${formatNames(IMPORTERS)}.`,
        2,
      );
    throw new CliError(`unknown import format '${from}': use --from ${formatNames(IMPORTERS)}.`, 2);
  }
  let text: string;
  try {
    text = readProjectText(file);
  } catch (e) {
    throw e instanceof BoundedReadError ? new CliError(e.message, 2) : e;
  }
  const r = await importer.import(text, file);
  if (!r.ok) throw unusableInput(file, r.errors);
  r.warnings.forEach((w) => process.stderr.write(`botloom: warning: ${issueLine(w)}\n`));
  return r.project;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'read a project file (botloom/1 JSON, or another format with --from) and write it as a .botloom or .json project',
    )
    .argument('<file>', 'the file to import')
    .requiredOption(
      '--out <project>',
      'the project to write: a .botloom file (created, or replaced as an undoable step) or a .json file',
    )
    .option(
      '--from <format>',
      `the input format: ${[...new Set([...Object.keys(IMPORTERS), ...PLANNED_FORMATS])].join(' or ')} (default: by extension)`,
    )
    .option(
      '--force',
      'replace an existing .json --out file (a .botloom one is replaced as an undoable step)',
    )
    .action(async (file: string, opts: { out: string; from?: string; force?: boolean }) => {
      if (!projectFileKind(opts.out))
        throw new CliError(`--out must name a .botloom or .json project file, not '${opts.out}'.`, 2);
      if (projectFileKind(opts.out) === 'json' && existsSync(opts.out) && !opts.force)
        throw new CliError(
          `${opts.out} already exists: pass --force to replace it, or choose another --out.`,
          2,
        );
      const project = await readInput(file, opts.from);
      requireSaved(opts.out, project);
      const blocks = project.flows.reduce((n, f) => n + f.blocks.length, 0);
      process.stderr.write(
        `botloom: imported ${file} into ${opts.out} (${blocks} block${blocks === 1 ? '' : 's'} in ${project.flows.length} flow${project.flows.length === 1 ? '' : 's'})\n`,
      );
    });
}
