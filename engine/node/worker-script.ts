// Finds the bundled sandbox worker: next to this module when bundled (dist/node), else the package's
// dist/node/sandbox-worker.js (running from source under vitest or tsx; `npm run build:node` makes it).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORKER_FILE = 'sandbox-worker.js';

export class SandboxWorkerMissing extends Error {
  readonly code = 'sandbox-worker-missing';
  constructor(tried: string[], what = "The code sandbox's worker script") {
    super(`${what} was not found (looked at ${tried.join(', ')}). Build it with \`npm run build:node\`.`);
    this.name = 'SandboxWorkerMissing';
  }
}

/**
 * In a packaged Electron app the code sits in app.asar, which worker threads cannot load from;
 * electron-builder.yml unpacks dist/node to app.asar.unpacked, so the worker is looked up there.
 */
export function outsideAsar(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/**
 * The worker script's URL; throws SandboxWorkerMissing naming the places it looked. `script` names another
 * bundled worker script (e.g. `botloom test`'s test-worker.js), found the same way.
 */
export function locateSandboxWorker(from: string = import.meta.url, script = WORKER_FILE): URL {
  const candidates = [fileURLToPath(new URL(`./${script}`, from))];
  // Else walk up to the package root (the folder with package.json) and look in its dist/node.
  let dir = path.dirname(fileURLToPath(from));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) {
      candidates.push(path.join(dir, 'dist', 'node', script));
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const tried: string[] = [];
  for (const candidate of candidates)
    for (const file of new Set([outsideAsar(candidate), candidate])) {
      tried.push(file);
      if (existsSync(file)) return pathToFileURL(file);
    }
  throw new SandboxWorkerMissing(tried, script === WORKER_FILE ? undefined : `The worker script ${script}`);
}
