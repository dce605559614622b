// Conversation tests at scale: 10,000 generated tests (a mix with code blocks, lodash and mocked API
// calls) through `botloom test`, end to end (process start, parsing, worker threads, sandboxes).
// Target: ≤ 10 s on 2 cores.
// Run: npm run bench -- testing-10k   (or: npx tsx bench/testing-10k.bench.ts [tests])
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConversationTest, Project, TestRunSummary } from '../engine/model';
import { api, code, input, message, project } from '../test/builders';
import { writeResults, type Figure } from './results';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const TOTAL = Number(process.argv[2] ?? 10_000);
const TARGET_MS = 10_000;

/**
 * A bot built with the shared builders: welcome → ask a quantity → a code block using lodash → a mocked API
 * call → thanks; and a code block without lodash. Its tests are a mix: a third the whole order (lodash and the
 * mocked API), a third the plain code block, a third only the welcome; every one passes.
 */
function suite(count: number): Project {
  const bot = project({
    name: 'Scale bot',
    blocks: [
      message('welcome', { text: 'Welcome {user.name}!', next: 'ask_qty' }),
      input('ask_qty', { ask: 'How many?', variable: 'order.qty', next: 'compute' }),
      code('compute', {
        code: [
          'const n = Number(args.qty) || 1;',
          'const total = _.sum(_.map(_.range(1, n + 1), (i) => i * 2));',
          "ChatlayerResponseBuilder().addSessionVariable('order.total', total).addMessage('Total ' + total).send();",
        ].join('\n'),
        args: { qty: '{order.qty}' },
        next: 'stock',
      }),
      api('stock', { url: 'https://shop.example.com/stock/{order.qty}', saveAs: 'stock', next: 'thanks' }),
      message('thanks', { text: 'Thanks {user.name}!' }),
      code('plain', {
        code: "const t = [1, 2, 3].reduce((a, b) => a + b, args.k); ChatlayerResponseBuilder().addMessage('Sum ' + t).send();",
        args: { k: 4 },
        next: 'thanks',
      }),
    ],
    mocks: [{ method: 'GET', url: 'https://shop.example.com/stock/*', status: 200, body: { inStock: true } }],
  });
  const tests: ConversationTest[] = Array.from({ length: count }, (_, i) => {
    const name = `test ${i + 1}`;
    const session = { user: { name: 'Ann' } };
    const k = 1 + (i % 9);
    if (i % 3 === 0)
      return {
        name,
        session,
        steps: [
          { botContains: 'Welcome Ann' },
          { user: String(k) },
          { botContains: `Total ${k * (k + 1)}` },
          { bot: 'Thanks Ann!' },
        ],
      };
    if (i % 3 === 1)
      return { name, session, startBlock: 'plain', steps: [{ bot: 'Sum 10' }, { bot: 'Thanks Ann!' }] };
    return { name, session, steps: [{ botContains: 'Welcome' }] };
  });
  return { ...bot, tests };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-bench-10k-'));
try {
  const file = path.join(dir, 'suite.json');
  writeFileSync(file, JSON.stringify(suite(TOTAL)));
  const out = path.join(dir, 'report.json');
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin/botloom.js'), 'test', file, '--reporter', 'json', '--out', out],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`botloom test failed (exit ${r.status}):\n${r.stderr}`);
  const summary = JSON.parse(readFileSync(out, 'utf8')) as TestRunSummary;
  if (summary.results.length !== TOTAL)
    throw new Error(`${summary.results.length} results for ${TOTAL} tests`);
  const figures: Figure[] = [
    {
      name: `${TOTAL} generated tests through \`botloom test\` (${os.availableParallelism()} workers), wall`,
      value: ms,
      unit: 'ms',
      target: `≤ ${TARGET_MS} ms`,
      ok: ms <= TARGET_MS,
    },
    { name: 'per test', value: ms / TOTAL, unit: 'ms' },
  ];
  console.log(
    `${TOTAL} tests, all passed: ${ms.toFixed(0)} ms wall (${(ms / TOTAL).toFixed(2)} ms per test)`,
  );
  // Only a full run writes its figures (`npx tsx bench/testing-10k.bench.ts 300` is a quick check).
  if (TOTAL === 10_000)
    writeResults(
      'testing-10k',
      'Conversation tests at scale: 10,000 generated tests',
      figures,
      `A bot made with the shared test builders (welcome, an input, a code block using lodash, a mocked API call, a
plain code block) and ${TOTAL} tests: a third the whole order (lodash and the mocked API), a third the plain code
block, a third only the welcome; all pass. \`node bin/botloom.js test
--reporter json\` end to end: process start, parsing, one worker thread per core (each with its own QuickJS
sandbox), the report. Load average at the start: ${load}.`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
