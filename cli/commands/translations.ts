// `botloom translations export <project> [--expressions] [--out FILE]` and `botloom translations import <project>
// <csv> [--expressions] [--yes]`: a multi-language bot's texts (or intent expressions) as CSV in Chatlayer's layout
// (docs/file-format.md#translations-as-csv). An import reports unknown rows, changed structure, missing columns and
// empty cells; it writes nothing while there is something to confirm (unless --yes), and applies as one step.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  expressionsToCsv,
  importNeedsConfirming,
  MAX_TRANSLATIONS_CSV_CHARS,
  parseExpressionsCsv,
  parseTranslationsCsv,
  translationsToCsv,
  type CsvRemark,
} from '../../engine/format';
import { applyCommand } from '../../engine/edit';
import type { Project } from '../../engine/model';
import { CliError } from '../cli-error';
import { requireProject, requireSaved } from '../project-file-errors';

function readCsvFile(file: string): string {
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`${file} is not a regular file: name a .csv file.`, 2);
    if (st.size > MAX_TRANSLATIONS_CSV_CHARS * 4)
      throw new CliError(`${file} is larger than a translations CSV may be: split it.`, 2);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: ${(e as Error).message}.`, 2);
  }
  return readFileSync(file, 'utf8');
}

const lines = (csv: string, title: string, remarks: CsvRemark[]) =>
  remarks.length === 0
    ? []
    : [
        `${title} (${remarks.length}):`,
        ...remarks
          .slice(0, 50)
          .map((r) => `  ${csv}${r.line !== undefined ? `:${r.line}` : ''}: ${r.message}`),
        ...(remarks.length > 50 ? [`  … and ${remarks.length - 50} more`] : []),
      ];

function needsSecondary(project: Project, file: string): void {
  if (!project.secondaryLanguages?.length)
    throw new CliError(
      `${file} has one language (${project.language}): add secondary languages ("secondaryLanguages": ["nl", "fr"]) first.`,
      2,
    );
}

function save(
  file: string,
  project: Project,
  command: Parameters<typeof applyCommand>[1],
  label: string,
): void {
  const result = applyCommand(project, command);
  if (!result.ok)
    throw new CliError(`the import was refused (${file} is unchanged): ${result.error.message}`, 2);
  requireSaved(file, result.project, label);
}

function importTexts(file: string, csv: string, project: Project, yes: boolean): void {
  const r = parseTranslationsCsv(readCsvFile(csv), project);
  if (!r.ok)
    throw new CliError(
      `${csv} was not imported (${file} is unchanged):\n${lines(csv, 'problems', r.problems).join('\n')}`,
      2,
    );
  const report = [
    ...lines(csv, 'unknown rows', r.unknownRows),
    ...lines(csv, 'changed since the export', r.changedStructure),
    ...lines(csv, 'columns', r.columns),
    ...lines(csv, 'empty cells', r.emptyCells),
  ];
  if (report.length) process.stderr.write(report.join('\n') + '\n');
  if (importNeedsConfirming(r) && !yes)
    throw new CliError(
      `${csv} was not imported (${file} is unchanged): check the rows above, then run again with --yes to import the rest.`,
      2,
    );
  if (r.edits.length > 0)
    save(file, project, { type: 'applyTranslations', edits: r.edits }, `Import translations from ${csv}`);
  process.stderr.write(
    `botloom: ${r.edits.length} text${r.edits.length === 1 ? '' : 's'} changed in ${file}\n`,
  );
}

function importExpressions(file: string, csv: string, project: Project, yes: boolean): void {
  const r = parseExpressionsCsv(readCsvFile(csv), project);
  if (!r.ok)
    throw new CliError(
      `${csv} was not imported (${file} is unchanged):\n${lines(csv, 'problems', r.problems).join('\n')}`,
      2,
    );
  const report = [
    ...lines(csv, 'unknown rows', r.unknownRows),
    ...lines(csv, 'columns', r.columns),
    ...lines(csv, 'primary examples (not imported)', r.changedPrimary),
  ];
  if (report.length) process.stderr.write(report.join('\n') + '\n');
  if (r.unknownRows.length + r.columns.length > 0 && !yes)
    throw new CliError(
      `${csv} was not imported (${file} is unchanged): check the rows above, then run again with --yes to import the rest.`,
      2,
    );
  if (r.examples.length > 0)
    save(
      file,
      project,
      { type: 'applyTranslations', edits: [], examples: r.examples },
      `Import expressions from ${csv}`,
    );
  process.stderr.write(
    `botloom: ${r.examples.length} example list${r.examples.length === 1 ? '' : 's'} changed in ${file}\n`,
  );
}

export function registerTranslations(program: Command): void {
  const translations = program
    .command('translations')
    .description("a multi-language bot's texts or intent expressions as CSV (Chatlayer's layout)");
  translations
    .command('export')
    .description(
      'print every translatable text (or with --expressions every intent example) with one value_<language> column per language',
    )
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .option('--expressions', 'the intent expressions instead of the texts')
    .option('--out <file>', 'write the CSV to this file instead of standard output')
    .action((file: string, opts: { expressions?: boolean; out?: string }) => {
      const { project } = requireProject(file);
      const text = opts.expressions ? expressionsToCsv(project) : translationsToCsv(project);
      if (!opts.out) return void process.stdout.write(text);
      try {
        writeFileSync(opts.out, '\uFEFF' + text);
      } catch (e) {
        throw new CliError(`cannot write ${opts.out}: ${(e as Error).message}. Check the path.`, 2);
      }
    });
  translations
    .command('import')
    .description(
      'read translated texts (or --expressions) from a CSV written by export; changes nothing while rows need confirming',
    )
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .argument('<csv>', 'the CSV file')
    .option('--expressions', 'the file holds intent expressions')
    .option('--yes', 'import although some rows are unknown, changed or missing (they are skipped)')
    .action((file: string, csv: string, opts: { expressions?: boolean; yes?: boolean }) => {
      const { project } = requireProject(file);
      needsSecondary(project, file);
      if (opts.expressions) importExpressions(file, csv, project, Boolean(opts.yes));
      else importTexts(file, csv, project, Boolean(opts.yes));
    });
}
