// Builds Botloom: the Node side (CLI, web host, sandbox worker) and Electron main/preload with esbuild,
// the renderer with Vite. `--node` builds only the Node side (fast; run on install and before tests).
// Why esbuild and not electron-vite: half of what is built here is not Electron at all (the CLI and the
// QuickJS worker must build and run where Electron's binary is absent, during `npm install`), and
// electron-vite builds only main, preload and renderer. esbuild builds every Node entry in well under
// a second, and the sandboxed preload, which cannot load modules from disk, as one CommonJS file.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const only = process.argv.includes('--node')
  ? 'node'
  : process.argv.includes('--renderer')
    ? 'renderer'
    : 'all';
const quiet = process.argv.includes('--quiet');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: quiet ? 'error' : 'warning',
  legalComments: 'none',
  define: { __BOTLOOM_VERSION__: JSON.stringify(version) },
};

/** Entry points whose source exists (a part still being written must not break the others' build). */
function existing(entries) {
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(path.join(root, file))));
}

/**
 * Packages the Node bundles load from node_modules: a native addon, and QuickJS, which reads its .wasm from
 * beside its own files. Every other package is bundled into the chunks: a worker thread of `botloom test`
 * then compiles a few large files instead of resolving, reading and linking some 1,200 small ones (chrono-node
 * alone is 270 ES modules, zod 100, libphonenumber 60): bench/testing.bench.ts, ~2.7 s of CPU less per run.
 */
const NODE_EXTERNAL = ['better-sqlite3', 'quickjs-emscripten', 'quickjs-emscripten-core', '@jitl/*'];

async function buildNode() {
  // Chunk names change with their content: drop the previous build's.
  const out = path.join(root, 'dist', 'node');
  if (existsSync(out))
    for (const name of readdirSync(out)) if (name.startsWith('chunk-')) rmSync(path.join(out, name));
  await build({
    ...common,
    entryPoints: existing({
      cli: 'cli/index.ts',
      'sandbox-worker': 'engine/node/sandbox-worker.ts',
      'test-worker': 'cli/test-workers/worker.ts',
    }),
    outdir: 'dist/node',
    format: 'esm',
    // Dynamic imports become chunks beside the entries, so the CLI loads a command's modules (and
    // their packages: zod, better-sqlite3, QuickJS, NLP.js) only when that command runs.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    external: NODE_EXTERNAL,
    banner: {
      js: "import { createRequire as __botloomRequire } from 'node:module'; const require = __botloomRequire(import.meta.url);",
    },
  });
}

async function buildElectron() {
  await build({
    ...common,
    entryPoints: { main: 'electron/main/index.ts' },
    outdir: 'dist/electron',
    format: 'esm',
    packages: 'external',
    banner: {
      js: "import { createRequire as __botloomRequire } from 'node:module'; const require = __botloomRequire(import.meta.url);",
    },
  });
  // A sandboxed preload cannot load modules from disk: one self-contained CommonJS file.
  await build({
    ...common,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
  copyDocs();
}

/** README.md and docs/*.md into dist/docs, which a packaged app carries for Help › Documentation. */
function copyDocs() {
  const out = path.join(root, 'dist', 'docs');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'docs'), { recursive: true });
  copyFileSync(path.join(root, 'README.md'), path.join(out, 'README.md'));
  for (const name of readdirSync(path.join(root, 'docs')))
    if (name.endsWith('.md')) copyFileSync(path.join(root, 'docs', name), path.join(out, 'docs', name));
}

function buildRenderer() {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', ...(quiet ? ['--logLevel', 'error'] : [])], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('renderer build failed');
}

try {
  if (only === 'node' || only === 'all') await buildNode();
  if (only === 'all') await buildElectron();
  if (only === 'renderer' || only === 'all') buildRenderer();
} catch (e) {
  console.error(`build: ${e.message}`);
  process.exit(1);
}
