// `botloom validate` on files a cloned repository can contain (issue 18): a symlink to /dev/zero and a
// FIFO exit 2 at once with a clear message instead of hanging; UTF-16 text and a `.botloom` that is
// really JSON say what to fix; no message quotes the file's content.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliSandbox, NO_STACK } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

/** The time the CLI needs to start and exit on this machine (what a refused file may add to is ~0). */
function baselineMs(): number {
  const started = performance.now();
  cli.run('--version');
  return performance.now() - started;
}

describe('botloom validate on hostile files', () => {
  it('a bot.json that is a symlink to /dev/zero: exit 2 at once, saying what it is', () => {
    symlinkSync('/dev/zero', cli.path('bot.json'));
    const base = baselineMs();
    const started = performance.now();
    const r = cli.run('validate', 'bot.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bot\.json \(a link to \/dev\/zero\) is a character device, not a regular file/);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(performance.now() - started).toBeLessThan(base + 1_000);
  });

  it('a FIFO: exit 2 at once (nothing ever writes to it)', () => {
    execFileSync('mkfifo', [cli.path('bot.json')]);
    const base = baselineMs();
    const started = performance.now();
    const r = cli.run('validate', 'bot.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bot\.json is a named pipe \(FIFO\), not a regular file/);
    expect(performance.now() - started).toBeLessThan(base + 1_000);
  });

  it('UTF-16 text and a .botloom that is JSON get errors saying what to fix', () => {
    writeFileSync(cli.path('u16.json'), Buffer.from('\ufeff{"format":"botloom/1"}', 'utf16le'));
    const u16 = cli.run('validate', 'u16.json');
    expect(u16.status).toBe(2);
    expect(u16.stderr).toMatch(/UTF-16 text: save it as UTF-8/);
    cli.file('bot.botloom', '{"format":"botloom/1","name":"secret-looking name"}');
    const json = cli.run('validate', 'bot.botloom');
    expect(json.status).toBe(2);
    expect(json.stderr).toMatch(/is JSON, not a \.botloom \(SQLite\) project: rename it to \.json/);
    expect(json.stderr).not.toContain('secret-looking');
  });

  it('a foreign file (as /proc/self/environ would be) is refused without quoting it', () => {
    cli.file('env.json', 'API_TOKEN=hunter2-very-secret\0PATH=/usr/bin\0');
    const r = cli.run('validate', 'env.json');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('hunter2');
    expect(r.stderr).toMatch(/does not start like JSON/);
  });

  it('refusing a device loads no engine: the engine waits until a file is usable', () => {
    symlinkSync('/dev/zero', cli.path('bot.json'));
    // A module hook logs every module the CLI resolves.
    cli.file(
      'hooks.mjs',
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function resolve(specifier, context, next) {\n' +
        '  const r = await next(specifier, context);\n' +
        "  appendFileSync(process.env.LOAD_LOG, r.url + '\\n');\n" +
        '  return r;\n}\n',
    );
    cli.file(
      'register.mjs',
      "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
    );
    // The Node build bundles its packages into chunks (scripts/build.mjs): what was loaded is told by the
    // chunks' code (zod's, the engine's schema library, names its ZodError) and the packages still loaded
    // from node_modules (only the native and wasm ones are left there).
    const loaded = (...args: string[]) => {
      const log = cli.path(`load-${args[0]}.log`);
      writeFileSync(log, '');
      const bin = path.resolve(__dirname, '../../bin/botloom.js');
      const r = spawnSync(process.execPath, ['--import', cli.path('register.mjs'), bin, ...args], {
        cwd: cli.dir,
        encoding: 'utf8',
        env: { ...process.env, LOAD_LOG: log },
      });
      const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      const packages = urls
        .map((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1])
        .filter((name) => name !== undefined);
      const chunks = urls
        .filter((url) => url.startsWith('file:') && /\/dist\/node\/[^/]+\.js$/.test(url))
        .map((url) => readFileSync(fileURLToPath(url), 'utf8'));
      return {
        status: r.status,
        packages: [...new Set(packages)],
        engine: chunks.some((code) => code.includes('ZodError')),
      };
    };
    expect(loaded('validate', 'bot.json')).toEqual({ status: 2, packages: [], engine: false });
    expect(loaded('--version')).toEqual({ status: 0, packages: [], engine: false });
    // A usable file does load the engine (the hook sees what it should).
    cli.file('ok.json', '{}');
    expect(loaded('validate', 'ok.json').engine).toBe(true);
  });
});
