// The CLI opens the app's data folder (the kept Chatlayer token) as the app does at start-up: the
// temporary files a killed Botloom left there go, a live writer's stay (issue 18).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const bin = path.resolve(__dirname, '../../bin/botloom.js');

describe('the CLI in the data folder', () => {
  it('botloom chatlayer logout removes a killed writer’s temporary files there', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const dataDir = cli.path('data');
    mkdirSync(path.join(dataDir, 'projects'), { recursive: true });
    const killed = path.join(dataDir, 'projects', `bot.botloom.botloom-${dead}.tmp`);
    const live = path.join(dataDir, 'projects', `other.botloom.botloom-${process.pid}.tmp`);
    writeFileSync(killed, 'half an import');
    writeFileSync(live, 'being written');
    const r = spawnSync(process.execPath, [bin, 'chatlayer', 'logout'], {
      cwd: cli.dir,
      encoding: 'utf8',
      env: { ...process.env, BOTLOOM_DATA_DIR: dataDir, BOTLOOM_SECRET_STORE: 'file' },
    });
    expect(r.status).toBe(0);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
