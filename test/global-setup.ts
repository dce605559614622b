// Builds the Node bundles (CLI, sandbox worker) once before the suite: CLI tests spawn the real command.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--node', '--quiet'], { stdio: 'inherit' });
}
