// Test helper for `botloom chatlayer …` and `botloom test --target chatlayer`: runs the built CLI
// asynchronously (the fake Chatlayer server answers from this process, so a blocking spawn would hang),
// with a clean environment, and keeps every output so a test can check that the token never shows.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { CliSandbox, type CliRun } from '../run-cli';

const bin = path.resolve(__dirname, '../../../bin/botloom.js');

/** A distinctive token: its halves are long enough to be scrubbed and searched on their own. */
export const TOKEN = 'tokid-7Qm2Zx9w:s3cr3t-Kp4LvN8rT2yW';
export const VERIFY_TOKEN = 'verify-Hq5Rw2Zc9';

export interface RunOptions {
  env?: Record<string, string>;
  /** Sends SIGINT (Ctrl+C) once this holds (checked every 20 ms). */
  interruptWhen?: () => boolean;
}

export class ChatlayerCli extends CliSandbox {
  readonly runs: CliRun[] = [];

  constructor(private readonly baseEnv: Record<string, string> = {}) {
    super();
  }

  /** Runs `botloom …` in the sandbox with BOTLOOM_CHATLAYER_TOKEN set (unless env overrides it). */
  async cli(args: string[], options: RunOptions = {}): Promise<CliRun> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      // The secret store, whatever it becomes, must not find a real token of the machine.
      HOME: this.dir,
      XDG_CONFIG_HOME: this.dir,
      BOTLOOM_CHATLAYER_TOKEN: TOKEN,
      ...this.baseEnv,
      ...options.env,
    };
    const child = spawn(process.execPath, [bin, ...args], { cwd: this.dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = options.interruptWhen
      ? setInterval(() => {
          if (!options.interruptWhen!()) return;
          clearInterval(timer);
          child.kill('SIGINT');
        }, 20)
      : undefined;
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    clearInterval(timer);
    const run = { status, stdout, stderr };
    this.runs.push(run);
    return run;
  }

  /** Every text that a run printed or wrote into the sandbox and that contains `secret` (or a half of it). */
  leaks(secret: string): string[] {
    const parts = [secret, ...secret.split(':').filter((p) => p.length >= 8)];
    const found: string[] = [];
    for (const [i, r] of this.runs.entries())
      for (const [name, text] of [
        ['stdout', r.stdout],
        ['stderr', r.stderr],
      ] as const)
        if (parts.some((p) => text.includes(p))) found.push(`run ${i + 1} ${name}`);
    for (const file of readdirSync(this.dir, { recursive: true }) as string[]) {
      const full = path.join(this.dir, file);
      if (!statSync(full).isFile()) continue;
      const text = readFileSync(full).toString('latin1');
      if (parts.some((p) => text.includes(p))) found.push(file);
    }
    return found;
  }
}

/** A port that was free a moment ago (for the webhook receiver, known before the CLI starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The last line of an output, e.g. `7 passed, 0 failed`. */
export const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';
