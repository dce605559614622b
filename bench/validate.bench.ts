// Validation, parsing and writing of a generated 5,000-block project (target: validation ≤ 200 ms).
// The first validation in a fresh process (what `botloom validate` pays) is measured first, in 5 child
// processes running an esbuild bundle (as the CLI runs bundled), before this process gets busy: on a
// 2-core machine a child's background JIT otherwise competes with this process's GC threads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { parseProject, stringifyProject } from '../engine/format';
import { validateProject } from '../engine/validate';
import { generateProject } from '../test/builders';
import { percentile, writeResults } from './results';

const BLOCKS = 5000;
const RUNS = 30;
function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const bundleDir = mkdtempSync(path.join(tmpdir(), 'botloom-bench-'));
const bundle = path.join(bundleDir, 'validate-cold.mjs');
buildSync({
  entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'validate-cold.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'error',
});
const colds = Array.from({ length: 5 }, () => {
  const r = spawnSync(process.execPath, [bundle], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
  return Number(r.stdout.trim().split('\n').pop());
});
const cold = percentile(colds, 50);

const project = generateProject({ blocks: BLOCKS, seed: 1 });
// `botloom validate` end to end (start, read, parse, validate, print), with the bundled CLI.
const file = path.join(bundleDir, 'generated.json');
writeFileSync(file, stringifyProject(project));
(globalThis as { gc?: () => void }).gc?.();
const cli = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'bin', 'botloom.js');
const endToEnd = Array.from({ length: 3 }, () => {
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, 'validate', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`botloom validate failed: ${r.stderr}${r.stdout}`);
  return performance.now() - start;
});
rmSync(bundleDir, { recursive: true, force: true });
const counts: Record<string, number> = {};
for (const flow of project.flows)
  for (const block of flow.blocks) counts[block.type] = (counts[block.type] ?? 0) + 1;
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
    {
      name: 'validateProject, first run in a fresh process (median of 5)',
      value: cold,
      unit: 'ms',
      target: `≤ ${TARGET} ms`,
      ok: cold <= TARGET,
    },
    { name: 'validateProject, first run, worst of 5', value: Math.max(...colds), unit: 'ms' },
    {
      name: 'validateProject again (re-validation), median',
      value: percentile(validate, 50),
      unit: 'ms',
      target: `≤ ${TARGET} ms`,
      ok: percentile(validate, 50) <= TARGET,
    },
    {
      name: 'validateProject again, p95',
      value: percentile(validate, 95),
      unit: 'ms',
      target: `≤ ${TARGET} ms`,
      ok: percentile(validate, 95) <= TARGET,
    },
    {
      name: '`botloom validate` of the 3.2 MB file, end to end (median of 3)',
      value: percentile(endToEnd, 50),
      unit: 'ms',
    },
    { name: 'stringifyProject, median', value: percentile(write, 50), unit: 'ms' },
    { name: 'parseProject, median', value: percentile(parse, 50), unit: 'ms' },
    { name: 'file size', value: text.length / 1024, unit: 'KiB' },
  ],
  `generateProject({ blocks: ${BLOCKS}, seed: 1 }): ${project.flows.length} flows, ${Object.entries(counts)
    .map(([t, n]) => `${n} ${t}`)
    .join(
      ', ',
    )}; ${diagnostics} diagnostics. Re-validation: ${RUNS} runs in one process (code syntax results are cached by source, as when the app re-validates after an edit). Load average during the run: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}.`,
);
