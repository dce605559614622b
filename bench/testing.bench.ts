// Conversation-test throughput: 1,000 tests (the example bots' tests, repeated) through the real
// runtime, the QuickJS code runner and the intent classifier, in process at several concurrencies and
// end to end through `botloom test`. Target: 1,000 tests in ≤ 10 s on 2 cores.
// Run: npx tsx bench/testing.bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProject } from '../engine/format';
import type { Project } from '../engine/model';
import { createQuickJsCodeRunner } from '../engine/node';
import { trainIntentClassifier } from '../engine/nlp';
import { runTests } from '../engine/testing';
import { writeResults, type Figure } from './results';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const TOTAL = 1_000;
const TARGET_MS = 10_000;
const EXAMPLES = ['pizza-order.json', 'support-triage.json', 'signup-form.json'];

function load(file: string): Project {
  const parsed = parseProject(readFileSync(path.join(root, 'examples', file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not load`);
  return parsed.project;
}

/** The example with its tests repeated up to `count`. */
function scaled(project: Project, count: number): Project {
  const tests = Array.from({ length: count }, (_, i) => {
    const t = project.tests[i % project.tests.length]!;
    return { ...t, name: `${t.name} #${i + 1}` };
  });
  return { ...project, tests };
}

const shares = EXAMPLES.map(
  (_, i) => Math.floor(TOTAL / EXAMPLES.length) + (i < TOTAL % EXAMPLES.length ? 1 : 0),
);
const projects = EXAMPLES.map((f, i) => scaled(load(f), shares[i]!));

async function inProcess(concurrency: number): Promise<{ ms: number; passed: number }> {
  const codeRunner = createQuickJsCodeRunner();
  try {
    const started = performance.now();
    let passed = 0;
    for (const project of projects) {
      const intents = project.intents.length
        ? await trainIntentClassifier(project.intents, project.language)
        : undefined;
      const summary = await runTests(project, { codeRunner, concurrency, ...(intents ? { intents } : {}) });
      passed += summary.passed;
    }
    return { ms: performance.now() - started, passed };
  } finally {
    await codeRunner.dispose();
  }
}

function endToEnd(): { ms: number; ok: boolean; lines: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-bench-'));
  try {
    const files = projects.map((p, i) => {
      const file = path.join(dir, EXAMPLES[i]!);
      writeFileSync(file, JSON.stringify(p));
      return file;
    });
    const started = performance.now();
    const lines: string[] = [];
    let ok = true;
    for (const file of files) {
      const r = spawnSync(process.execPath, [path.join(root, 'bin/botloom.js'), 'test', file], {
        encoding: 'utf8',
      });
      ok &&= r.status === 0;
      lines.push(`${path.basename(file)}: ${r.stdout.trimEnd().split('\n').at(-1)}`);
    }
    return { ms: performance.now() - started, ok, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Warm-up: JIT, the worker pool, the classifier cache.
await inProcess(2);
const figures: Figure[] = [];
const runs: Record<number, number> = {};
for (const concurrency of [1, 2, 4]) {
  const r = await inProcess(concurrency);
  if (r.passed !== TOTAL) throw new Error(`only ${r.passed} of ${TOTAL} tests passed`);
  runs[concurrency] = r.ms;
  figures.push({
    name: `${TOTAL} tests in process, concurrency ${concurrency}`,
    value: r.ms,
    unit: 'ms',
    target: `≤ ${TARGET_MS} ms`,
    ok: r.ms <= TARGET_MS,
  });
}
const e2e = endToEnd();
if (!e2e.ok) throw new Error(`botloom test failed:\n${e2e.lines.join('\n')}`);
figures.push({
  name: `${TOTAL} tests through \`botloom test\` (3 processes, default concurrency 2)`,
  value: e2e.ms,
  unit: 'ms',
  target: `≤ ${TARGET_MS} ms`,
  ok: e2e.ms <= TARGET_MS,
});
figures.push({ name: 'per test, in process, concurrency 2', value: runs[2]! / TOTAL, unit: 'ms' });

writeResults(
  'testing',
  'Conversation tests: 1,000 tests of the example bots',
  figures,
  `The three example bots' tests (pizza-order, support-triage, signup-form; 23 distinct tests with code
blocks, mocked API calls, intents, validation) repeated to ${TOTAL}, each in a fresh conversation under a
fixed clock. In process: one QuickJS runner (2 workers) for all, the intent classifier trained once per
project (cached by hash). End to end: \`node bin/botloom.js test\` per project file, counting process
start, project parsing, classifier training and worker start.
${e2e.lines.map((l) => `- ${l}`).join('\n')}`,
);
