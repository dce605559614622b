// Crash test (issue 5): a child applies random edit commands in a loop and is killed with SIGKILL at a
// random moment, 200 times. After each kill the file must pass integrity_check, open, and hold every
// command the child acknowledged; regularly, the whole journal must replay back to the first state.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProject, openProject } from '../../electron/services/project-store';
import { largeProject } from '../electron/services/project-store/sample-project';

const RUNS = 200;
const LANES = 2;
const root = path.resolve(__dirname, '../..');
const child = path.join(root, 'node_modules/.cache/botloom-crash/edit-child.mjs');
let dir = '';

beforeAll(async () => {
  mkdirSync(path.dirname(child), { recursive: true });
  // Bundled once so each run starts in ~0.1 s (node_modules resolves from inside the repo).
  await build({
    entryPoints: [path.join(root, 'test/crash/edit-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: child,
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
  dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-crash-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  acks: { rev: number; label: string }[];
  ready: boolean;
}

/** Starts the child, kills it `delayMs` after it is ready (or during startup when `early`). */
function runAndKill(file: string, seed: number, delayMs: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, file, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acks: [], ready: false };
    let buffer = '';
    let stderr = '';
    const kill = () => p.kill('SIGKILL');
    if (early) setTimeout(kill, delayMs);
    p.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('ready')) {
          run.ready = true;
          if (!early) setTimeout(kill, delayMs);
        } else if (line.startsWith('ack ')) {
          const [, rev, ...label] = line.split(' ');
          run.acks.push({ rev: Number(rev), label: label.join(' ') });
        }
      }
    });
    p.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    p.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${stderr}`));
      else resolve(run);
    });
  });
}

function check(file: string, run: Run, initial: unknown, replay: boolean): void {
  const db = new Database(file);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const label = db.prepare('SELECT label FROM journal WHERE rev = ?').pluck();
  for (const ack of run.acks) expect(label.get(ack.rev), `acknowledged revision ${ack.rev}`).toBe(ack.label);
  db.close();
  const opened = openProject(file, { autoCheckpointMs: 0, heartbeatMs: 0 });
  expect(opened.ok, opened.ok ? '' : opened.error.message).toBe(true);
  if (!opened.ok) return;
  const store = opened.value;
  expect(store.revision).toBeGreaterThanOrEqual(run.acks.at(-1)?.rev ?? 0);
  if (replay) {
    const created = store.listRevisions().at(-1)!;
    const back = store.projectAt(created.id);
    expect(back.ok && back.value).toEqual(initial);
  }
  store.close();
}

it(`keeps every acknowledged edit through ${RUNS} SIGKILLs`, async () => {
  const started = Date.now();
  const initial = largeProject(300, 3);
  const files = Array.from({ length: LANES }, (_, i) => path.join(dir, `lane${i}.botloom`));
  for (const f of files) {
    const r = createProject(f, initial, { autoCheckpointMs: 0, heartbeatMs: 0 });
    if (!r.ok) throw new Error(r.error.message);
    r.value.close();
  }
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let acked = 0;
  let early = 0;
  let maxAcks = 0;
  await Promise.all(
    files.map(async (file, lane) => {
      for (let i = lane; i < RUNS; i += LANES) {
        const before = random() < 0.1;
        const run = await runAndKill(
          file,
          i + 1,
          before ? Math.floor(random() * 120) : Math.floor(random() * 80),
          before,
        );
        if (!run.ready) early++;
        acked += run.acks.length;
        maxAcks = Math.max(maxAcks, run.acks.length);
        check(file, run, initial, i % 25 === lane || i >= RUNS - LANES);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `crash test: ${RUNS} SIGKILLs (${early} before the file was open), ${acked} acknowledged commits, ` +
      `up to ${maxAcks} per run, 0 lost, integrity_check ok after every kill, ${seconds.toFixed(1)} s`,
  );
}, 180_000);
