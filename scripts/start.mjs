// `npm start [-- <project>]`: builds what is missing, then launches Electron where its binary is available,
// and otherwise says so in one sentence and starts the local web host in the browser instead.
// `npm run web [-- <project>]` (--web) goes straight to the web host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}
function stale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => existsSync(path.join(root, s)) && newestMtime(path.join(root, s)) > built);
}

const targets = [];
if (stale(path.join(root, 'dist/node/cli.js'), ['engine', 'electron', 'cli'])) targets.push('--node');
if (stale(path.join(root, 'dist/renderer/index.html'), ['renderer', 'engine', 'electron/api']))
  targets.push('--renderer');
const needElectronBuild = !webOnly && stale(path.join(root, 'dist/electron/main.js'), ['electron', 'engine']);
if (needElectronBuild) targets.length = 0; // a full build covers everything
if (targets.length || needElectronBuild) {
  console.log('Building Botloom…');
  const builds = needElectronBuild ? [[]] : targets.map((t) => [t]);
  for (const b of builds) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet', ...b], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

function electronBinary() {
  try {
    // The electron package exports the path of its binary; it throws when the binary was not downloaded.
    const bin = createRequire(import.meta.url)('electron');
    return typeof bin === 'string' && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function startWeb() {
  const child = spawn(process.execPath, [path.join(root, 'bin/botloom.js'), 'serve', ...passThrough], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
}

if (webOnly) startWeb();
else {
  const electron = electronBinary();
  if (!electron) {
    console.log(
      'Electron is not available on this machine (its binary could not be downloaded), so Botloom opens in your browser instead.',
    );
    startWeb();
  } else {
    const child = spawn(electron, [root, ...passThrough], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
