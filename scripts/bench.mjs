// `npm run bench [-- <name>…]`: runs every bench/*.bench.ts (or the named ones) with tsx, one at a time,
// each printing its figures and writing its section of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const wanted = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--node', '--quiet'], {
  stdio: 'inherit',
});
let failed = 0;
for (const b of benches) {
  console.log(`\n── bench/${b} ──`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join('bench', b)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed++;
    console.error(`bench/${b} failed (exit ${r.status})`);
  }
}
console.log(
  `\nbench: ${benches.length - failed} of ${benches.length} benchmarks ran; figures in bench/RESULTS.md`,
);
process.exit(failed ? 1 : 0);
