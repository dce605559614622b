// Type-checks each layer with its own tsconfig (docs/architecture.md#import-walls: the engine sees no DOM and no Node
// types, the renderer no Node types), so a layer reaching outside its room fails here.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = ['engine', 'engine/node', 'electron', 'cli', 'renderer', '.'];
let failed = 0;
const hasSources = (dir) =>
  readdirSync(dir, { recursive: true }).some(
    (f) => /\.tsx?$/.test(String(f)) && !String(f).includes('node_modules'),
  );
for (const p of projects) {
  if (!hasSources(p)) continue;
  const r = spawnSync(process.execPath, [tsc, '-p', p, '--pretty'], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`typecheck: ${p} has type errors`);
  }
}
if (failed) process.exit(1);
console.log(`typecheck: ${projects.length} projects clean`);
