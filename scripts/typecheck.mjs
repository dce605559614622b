// Type-checks each layer with its own tsconfig (ARCHITECTURE §2: the engine sees no DOM and no Node
// types, the renderer no Node types), so a layer reaching outside its room fails here.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = ['engine', 'engine/node', 'electron', 'cli', 'renderer', '.'];
let failed = 0;
for (const p of projects) {
  const r = spawnSync(process.execPath, [tsc, '-p', p, '--pretty'], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`typecheck: ${p} has type errors`);
  }
}
if (failed) process.exit(1);
console.log(`typecheck: ${projects.length} projects clean`);
