// The real app for the benches that drive it (simulator, languages): the CLI and the renderer built as `botloom
// serve` runs them (rebuilt when older than their sources), a `botloom serve` process on a project, and calls to
// its API as the page makes them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The newest modification time under the given folders (source files only). */
function newest(dirs: string[]): number {
  let latest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(tsx?|css|html)$/.test(entry.name)) latest = Math.max(latest, statSync(file).mtimeMs);
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  return latest;
}

/** The CLI and the renderer as `botloom serve` runs them, rebuilt when older than their sources. */
export function ensureBuilt(): void {
  const cli = path.join(root, 'dist/node/cli.js');
  const sources = newest(['engine', 'electron', 'cli']);
  if (!existsSync(cli) || statSync(cli).mtimeMs < sources)
    spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--node', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
  const index = path.join(root, 'dist/renderer/index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < newest(['renderer', 'engine', 'electron/api'])) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--renderer', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('the renderer did not build: see the errors above');
  }
}

export interface Served {
  /** The address `botloom serve` printed, with its token. */
  url: string;
  child: ChildProcess;
  /** Calls the web host's API as the page does (POST /api/<method>, the token as a bearer). */
  call(method: string, input: unknown): Promise<unknown>;
}

/** `botloom serve --no-open` on `project`, once it says where it runs. */
export function startServe(project: string, dataDir: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'bin/botloom.js'), 'serve', '--no-open', '--data-dir', dataDir, project],
    {
      cwd: root,
      env: { ...process.env, CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`botloom serve did not start within 60 s: ${out}${err}`)),
      60_000,
    );
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Botloom is running at (\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const url = new URL(m[1]!);
      const call = async (method: string, input: unknown) => {
        const res = await fetch(`${url.origin}/api/${method}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${url.searchParams.get('token')}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(input),
        });
        const envelope = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
        return envelope.value;
      };
      resolve({ url: m[1]!, child, call });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`botloom serve exited with ${code}: ${err}`)));
  });
}
