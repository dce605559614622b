// `botloom validate <project> [--json]`: prints every diagnostic (file, line, JSON path, block, message)
// and exits 1 when there are errors, 0 otherwise (2 for unusable input). The engine is loaded only after
// the file is known to be a regular file, so a device, FIFO or missing file is refused at once.
import type { Command } from 'commander';
import { refusedProjectFile, unusableInput } from '../project-file-issues';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check a project: dangling ids, unreachable blocks, undeclared variables, code syntax errors, duplicate ids…',
    )
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .option('--json', 'print the diagnostics as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const refused = refusedProjectFile(file);
      if (refused && opts.json) {
        // Tools get unusable input as JSON too (still exit 2).
        process.stdout.write(JSON.stringify({ file, errors: [refused] }, null, 2) + '\n');
        process.exitCode = 2;
        return;
      }
      if (refused) throw unusableInput(file, [refused]);
      (await import('./validate-run')).runValidate(file, opts);
    });
}
