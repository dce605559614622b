// `botloom export <project> --to json|chatlayer [--out PATH]`: writes the project in an interchange
// format (to stdout without --out); botloom/1 JSON is deterministic, so exports diff cleanly. An export
// may hand back what the source should keep (Chatlayer ids: kept-ids.ts says where) and notes for standard error.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { keptIdsFile } from '../chatlayer/kept-ids';
import { CliError } from '../cli-error';
import { projectFileKind, writeFileAtomically } from '../project-file';
import { requireProject } from '../project-file-errors';
import { EXPORTERS, formatNames, PLANNED_FORMATS } from '../project-formats';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write a project as botloom/1 JSON or for Chatlayer’s importer')
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .requiredOption(
      '--to <format>',
      `the format: ${[...new Set([...Object.keys(EXPORTERS), ...PLANNED_FORMATS])].join(' or ')}`,
    )
    .option('--out <path>', 'the file to write (default: standard output)')
    .option('--force', 'replace the --out file when it exists')
    .option(
      '--keep-ids',
      'store new Chatlayer ids in a hand-formatted .json project, rewriting it in Botloom’s format (without it they go beside it)',
    )
    .action(async (file: string, opts: { to: string; out?: string; force?: boolean; keepIds?: boolean }) => {
      const exporter = EXPORTERS[opts.to];
      if (!exporter) {
        if (PLANNED_FORMATS.includes(opts.to))
          throw new CliError(
            `export to ${opts.to} is not available in this build yet: use --to ${formatNames(EXPORTERS)}.`,
            2,
          );
        throw new CliError(`unknown export format '${opts.to}': use --to ${formatNames(EXPORTERS)}.`, 2);
      }
      if (opts.out !== undefined && projectFileKind(opts.out) === 'botloom')
        throw new CliError(
          opts.to === 'json'
            ? `--to json writes JSON, not a .botloom project: to make ${opts.out}, run botloom import ${file} --out ${opts.out}.`
            : `--to ${opts.to} writes a file for ${opts.to}, not a .botloom project: give --out a .json name.`,
          2,
        );
      if (opts.out !== undefined && path.resolve(opts.out) === path.resolve(file))
        throw new CliError(`--out ${opts.out} is the project itself: write the export to another file.`, 2);
      if (opts.out !== undefined && path.resolve(opts.out) === path.resolve(keptIdsFile(file)))
        throw new CliError(
          `--out ${opts.out} is where the project's Chatlayer ids are kept: write the export to another file.`,
          2,
        );
      if (opts.out !== undefined && opts.out !== '-' && existsSync(opts.out) && !opts.force)
        throw new CliError(
          `${opts.out} already exists: pass --force to replace it, or choose another --out.`,
          2,
        );
      if (opts.keepIds && opts.to !== 'chatlayer')
        throw new CliError(`--keep-ids is for --to chatlayer: --to ${opts.to} never changes ${file}.`, 2);
      const { project, text } = requireProject(file);
      const output = await exporter.export(project, {
        source: file,
        ...(opts.out !== undefined ? { out: opts.out } : {}),
        ...(text !== undefined ? { sourceText: text } : {}),
        ...(opts.keepIds ? { keepIds: true } : {}),
      });
      if (opts.out === undefined || opts.out === '-') process.stdout.write(output.text);
      else {
        try {
          writeFileAtomically(opts.out, output.text);
        } catch (e) {
          throw new CliError(
            `cannot write ${opts.out}: ${(e as Error).message}. Check the folder exists and is writable.`,
            2,
          );
        }
        process.stderr.write(`botloom: exported ${file} as ${opts.to} to ${opts.out}\n`);
      }
      const note = (line: string) => process.stderr.write(`botloom: ${line}\n`);
      output.keep?.().forEach(note);
      output.notes?.forEach(note);
      output.afterWrite?.().forEach(note);
    });
}
