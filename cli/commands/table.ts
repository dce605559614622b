// `botloom table import <project> <csv> --table NAME [--append]` and `botloom table export <project>
// --table NAME`: project tables from and to CSV (docs/file-format.md#importing-a-table-from-csv). A
// malformed CSV is reported line by line (exit 2) and the project is not written. Only the project file
// changes: nothing live is touched.
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { MAX_TABLE_CSV_CHARS, parseTableCsv, tableCsvProblemText, tableToCsv } from '../../engine/format';
import { CliError } from '../cli-error';
import { requireProject, requireSaved } from '../project-file-errors';

function readCsv(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`${file} is not a regular file: name a .csv file.`, 2);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: ${(e as Error).message}.`, 2);
  }
  if (size > MAX_TABLE_CSV_CHARS * 4)
    throw new CliError(
      `${file} is larger than the ${MAX_TABLE_CSV_CHARS} characters a table CSV may hold: split it.`,
      2,
    );
  return readFileSync(file, 'utf8');
}

export function registerTable(program: Command): void {
  const table = program.command('table').description('project tables: import from CSV, export as CSV');
  table
    .command('import')
    .description(
      'read a CSV file into a project table (first line: column names, optionally name:text|number|boolean); a malformed file changes nothing',
    )
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .argument('<csv>', 'the CSV file')
    .requiredOption('--table <name>', 'the table to create, or whose rows the file replaces')
    .option('--append', "add the file's rows after the table's rows instead of replacing them")
    .action((file: string, csv: string, opts: { table: string; append?: boolean }) => {
      const { project } = requireProject(file);
      const tables = project.tables ?? [];
      const existing = tables.find((t) => t.name === opts.table);
      if (opts.append && !existing)
        throw new CliError(`--append needs an existing table; ${file} has no table "${opts.table}".`, 2);
      const r = parseTableCsv(readCsv(csv), {
        name: opts.table,
        ...(existing ? { existing, append: !!opts.append } : {}),
      });
      if (!r.ok)
        throw new CliError(
          `${csv} was not imported (${file} is unchanged):\n${r.problems.map((p) => `  ${csv}: ${tableCsvProblemText(p)}`).join('\n')}`,
          2,
        );
      const next = existing ? tables.map((t) => (t === existing ? r.table : t)) : [...tables, r.table];
      requireSaved(file, { ...project, tables: next }, `Import ${csv} into table ${opts.table}`);
      const n = r.table.rows.length;
      process.stderr.write(
        `botloom: table ${opts.table} in ${file} now holds ${n} row${n === 1 ? '' : 's'} (${r.table.columns.map((c) => `${c.name}:${c.type}`).join(', ')})\n`,
      );
    });
  table
    .command('export')
    .description('print a project table as CSV (the header gives each column its type)')
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .requiredOption('--table <name>', 'the table to print')
    .action((file: string, opts: { table: string }) => {
      const { project } = requireProject(file);
      const t = project.tables?.find((x) => x.name === opts.table);
      if (!t)
        throw new CliError(
          `${file} has no table "${opts.table}" (its tables: ${project.tables?.map((x) => x.name).join(', ') || 'none'}).`,
          2,
        );
      process.stdout.write(tableToCsv(t) + '\n');
    });
}
