// `npm test`: typecheck, lint, build, unit/integration (Vitest), end-to-end (Playwright), and one closing
// line `tests: N passed, M failed` that sums every runner (typecheck, lint, format and build count as one each).
// `--no-e2e` skips Playwright (printed), `--only unit|e2e|static` runs one stage.
// On two cores the checks overlap: typecheck (one tsc at a time) runs beside lint, format and build,
// each printing its output when it ends; the test runners follow one after the other.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const wants = (stage) => !only || only === stage;
const results = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function run(label, cmd, cmdArgs, env = {}) {
  console.log(`\n── ${label} ──`);
  const t = Date.now();
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `── ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  return r.status === 0;
}
/** Like `run`, beside other stages: the output is kept and printed in one piece when the stage ends. */
function runBeside(label, cmd, cmdArgs) {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Piped, the tools would drop their colours: keep them when the run is on a terminal.
      env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
    });
    const output = [];
    child.stdout.on('data', (c) => output.push(c));
    child.stderr.on('data', (c) => output.push(c));
    child.on('error', (e) => output.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code) => {
      process.stdout.write(`\n── ${label} ──\n`);
      process.stdout.write(Buffer.concat(output));
      console.log(
        `── ${label}: ${code === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
      resolve(code === 0);
    });
  });
}
/** Runs the stages one after the other, each a [label, () => Promise<boolean>]. */
async function inTurn(stages) {
  for (const [label, stage] of stages) check(label, await stage());
}
const node = process.execPath;
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

function check(label, ok) {
  if (ok) results.passed++;
  else results.failed++;
}

mkdirSync('test-results', { recursive: true });

const building = wants('unit') || wants('e2e');
await Promise.all([
  wants('static') && inTurn([['typecheck', () => runBeside('typecheck', node, ['scripts/typecheck.mjs'])]]),
  inTurn([
    ...(wants('static')
      ? [
          ['lint', () => runBeside('lint', node, [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0'])],
          [
            'format',
            () =>
              runBeside('format (prettier --check)', node, [
                bin('prettier', 'bin/prettier.cjs'),
                '--check',
                '.',
                '--log-level=warn',
              ]),
          ],
        ]
      : []),
    ...(building ? [['build', () => runBeside('build', node, ['scripts/build.mjs', '--quiet'])]] : []),
  ]),
]);
if (wants('unit')) {
  const out = 'test-results/vitest.json';
  rmSync(out, { force: true });
  const ok = run('unit and integration (vitest)', node, [
    bin('vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    results.passed += r.numPassedTests;
    results.failed += r.numFailedTests + (ok || r.numFailedTests ? 0 : 1);
    results.skipped += r.numPendingTests + r.numTodoTests;
  } else results.failed++;
}
if (wants('e2e') && !args.includes('--no-e2e')) {
  const out = 'test-results/e2e.json';
  rmSync(out, { force: true });
  const ok = run('end-to-end (playwright, chromium)', node, [bin('@playwright/test', 'cli.js'), 'test']);
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, 'utf8')).stats;
    results.passed += s.expected + s.flaky;
    results.failed += s.unexpected + (ok || s.unexpected ? 0 : 1);
    results.skipped += s.skipped;
  } else results.failed++;
} else if (args.includes('--no-e2e')) console.log('\n(end-to-end tests skipped: --no-e2e)');

const secs = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n(${secs} s${results.skipped ? `, ${results.skipped} skipped` : ''})`);
console.log(`tests: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
