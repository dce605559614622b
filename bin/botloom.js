#!/usr/bin/env node
// The `botloom` command: runs the bundled CLI (built by `npm install` / `npm run build:node`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'node', 'cli.js');
if (!existsSync(cli)) {
  console.error('botloom: the CLI is not built yet. Run `npm run build:node` (npm install does it for you).');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
