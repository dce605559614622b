// The work of `botloom validate` (cli/commands/validate.ts), loaded only once the file is known to be
// a regular file: prints every diagnostic (file, line, JSON path, block, message) and exits 1 when there
// are errors, 0 otherwise (2 for unusable input).
import { locateJsonPaths } from '../../engine/format';
import { validateProject, type Diagnostic } from '../../engine/validate';
import { loadProjectFile } from '../project-file';
import { requireProject } from '../project-file-errors';

/** Locating walks the file once; past this many diagnostics, lines are left out. */
const MAX_LOCATED = 2_000;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function diagnosticLine(file: string, d: Diagnostic, at?: { line: number; column: number }): string {
  const where = at ? `${file}:${at.line}:${at.column}` : file;
  const block = d.location.blockId !== undefined ? ` (block ${d.location.blockId})` : '';
  const path = d.location.path === '' ? '' : ` ${d.location.path}`;
  return `${where} ${d.severity}${path}${block}: ${d.message} [${d.code}]`;
}

export function runValidate(file: string, opts: { json?: boolean }): void {
  if (opts.json) {
    // Tools get unusable input as JSON too (still exit 2).
    const r = loadProjectFile(file);
    if (!r.ok) {
      process.stdout.write(JSON.stringify({ file, errors: r.errors }, null, 2) + '\n');
      process.exitCode = 2;
      return;
    }
  }
  const loaded = requireProject(file, (line) => process.stderr.write(line + '\n'));
  const diagnostics = validateProject(loaded.project);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (opts.json) {
    process.stdout.write(JSON.stringify({ file, diagnostics }, null, 2) + '\n');
  } else {
    const located =
      loaded.text !== undefined && diagnostics.length <= MAX_LOCATED
        ? locateJsonPaths(
            loaded.text,
            diagnostics.map((d) => d.location.path),
          )
        : new Map();
    const lines = diagnostics.map((d) => diagnosticLine(file, d, located.get(d.location.path)));
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    const infos = diagnostics.length - errors - warnings;
    const counts = [
      plural(errors, 'error'),
      plural(warnings, 'warning'),
      ...(infos > 0 ? [plural(infos, 'note')] : []),
    ];
    const summary =
      diagnostics.length === 0 ? `${file}: no problems found.` : `${file}: ${counts.join(', ')}.`;
    process.stdout.write([...lines, summary].join('\n') + '\n');
  }
  process.exitCode = errors > 0 ? 1 : 0;
}
