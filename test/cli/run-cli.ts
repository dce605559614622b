// Test helper: runs the built CLI (`node bin/botloom.js …`) in a temporary folder of project files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve(__dirname, '../../bin/botloom.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export class CliSandbox {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'botloom-cli-'));

  file(name: string, content: string | object): string {
    const full = path.join(this.dir, name);
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return full;
  }

  path(name: string): string {
    return path.join(this.dir, name);
  }

  run(...args: string[]): CliRun {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: this.dir, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** No JavaScript stack trace in the output. */
export const NO_STACK = /\n\s+at [^\n]+:\d+:\d+/;
