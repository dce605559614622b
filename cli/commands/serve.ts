// `botloom serve [project] [--port N] [--no-open]`: the app's UI in the browser, over the local web host.
import { spawn } from 'node:child_process';
import { InvalidArgumentError, type Command } from 'commander';
import { startWebHost } from '../../electron/web/serve';
import { BOTLOOM_VERSION } from '../version';

export function openInBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the local web host with the app UI (browser mode)')
    .argument('[project]', 'a .botloom or botloom/1 JSON file to open')
    .option('--port <n>', 'port on 127.0.0.1 (default: a free one)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535)
        throw new InvalidArgumentError(`--port must be a number from 0 to 65535, not '${v}'`);
      return n;
    })
    .option('--no-open', 'do not open a browser')
    .option('--data-dir <dir>', 'the app data folder (default: per-user, or BOTLOOM_DATA_DIR)')
    .action(async (project: string | undefined, opts: { port?: number; open: boolean; dataDir?: string }) => {
      const host = await startWebHost({
        port: opts.port,
        project: project ?? null,
        dataDir: opts.dataDir,
        version: BOTLOOM_VERSION,
        log: (line) => process.stderr.write(line + '\n'),
      });
      process.stdout.write(`Botloom is running at ${host.url}\n`);
      if (opts.open && !process.env.CI) openInBrowser(host.url);
      const stop = async () => {
        await host.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
