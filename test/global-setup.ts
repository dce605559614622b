// Builds the Node bundles (CLI, sandbox worker) once before the suite: CLI tests spawn the real command.
// A failing build is reported here and fails the tests that need the bundles, not the whole suite.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--node'], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(
      `\n[global setup] building the Node bundles failed; CLI tests will fail:\n${r.stderr}${r.stdout}\n`,
    );
  }
}
