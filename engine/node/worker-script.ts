// Finds the bundled sandbox worker: next to this module when bundled (dist/node), else the package's
// dist/node/sandbox-worker.js (running from source under vitest or tsx; `npm run build:node` makes it).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORKER_FILE = 'sandbox-worker.js';

export class SandboxWorkerMissing extends Error {
  readonly code = 'sandbox-worker-missing';
  constructor(tried: string[]) {
    super(
      `The code sandbox's worker script was not found (looked at ${tried.join(', ')}). Build it with \`npm run build:node\`.`,
    );
    this.name = 'SandboxWorkerMissing';
  }
}

/** The worker script's URL; throws SandboxWorkerMissing naming the places it looked. */
export function locateSandboxWorker(from: string = import.meta.url): URL {
  const beside = new URL(`./${WORKER_FILE}`, from);
  const tried = [fileURLToPath(beside)];
  if (existsSync(beside)) return beside;
  // Walk up to the package root (the folder with package.json) and look in its dist/node.
  let dir = path.dirname(fileURLToPath(from));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) {
      const candidate = path.join(dir, 'dist', 'node', WORKER_FILE);
      tried.push(candidate);
      if (existsSync(candidate)) return pathToFileURL(candidate);
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new SandboxWorkerMissing(tried);
}
