// Validation, parsing and writing of a generated 5,000-block project (target: validation ≤ 200 ms).
// The first validation in a fresh process (what `botloom validate` pays) is measured in 5 child processes.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseProject, stringifyProject } from '../engine/format';
import { validateProject } from '../engine/validate';
import { generateProject } from '../test/builders';
import { percentile, writeResults } from './results';

const BLOCKS = 5000;
const RUNS = 30;
const project = generateProject({ blocks: BLOCKS, seed: 1 });
const counts = project.flows.flatMap((f) => f.blocks).reduce<Record<string, number>>((acc, b) => ({ ...acc, [b.type]: (acc[b.type] ?? 0) + 1 }), {});

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

if (process.argv.includes('--cold')) {
  console.log(JSON.stringify(time(() => validateProject(project))));
  process.exit(0);
}
const colds = Array.from({ length: 5 }, () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
  return Number(r.stdout.trim().split('\n').pop());
});
const cold = percentile(colds, 50);
time(() => validateProject(project));
const validate = Array.from({ length: RUNS }, () => time(() => validateProject(project)));
const diagnostics = validateProject(project).length;
const text = stringifyProject(project);
const write = Array.from({ length: RUNS }, () => time(() => stringifyProject(project)));
const parse = Array.from({ length: RUNS }, () => time(() => parseProject(text)));

const TARGET = 200;
writeResults(
  'validate',
  'Validation and botloom/1 I/O (5,000 blocks)',
  [
    { name: 'validateProject, first run in a fresh process (median of 5)', value: cold, unit: 'ms', target: `≤ ${TARGET} ms`, ok: cold <= TARGET },
    { name: 'validateProject, first run, worst of 5', value: Math.max(...colds), unit: 'ms' },
    { name: 'validateProject again (re-validation), median', value: percentile(validate, 50), unit: 'ms', target: `≤ ${TARGET} ms`, ok: percentile(validate, 50) <= TARGET },
    { name: 'validateProject again, p95', value: percentile(validate, 95), unit: 'ms', target: `≤ ${TARGET} ms`, ok: percentile(validate, 95) <= TARGET },
    { name: 'stringifyProject, median', value: percentile(write, 50), unit: 'ms' },
    { name: 'parseProject, median', value: percentile(parse, 50), unit: 'ms' },
    { name: 'file size', value: text.length / 1024, unit: 'KiB' },
  ],
  `generateProject({ blocks: ${BLOCKS}, seed: 1 }): ${project.flows.length} flows, ${Object.entries(counts)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ')}; ${diagnostics} diagnostics. Re-validation: ${RUNS} runs in one process (code syntax results are cached by source, as when the app re-validates after an edit). Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
);
