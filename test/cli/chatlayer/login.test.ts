// `botloom chatlayer login | logout` end to end: the built CLI against the fake Chatlayer server, with the
// plain-file fallback and with a fake `secret-tool` on PATH; then a search of every output and every
// file written for the token, which may only sit in the store that keeps it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeChatlayer, type FakeChatlayer } from '../../fixtures/fake-chatlayer';
import { installFakeSecretTool, type FakeTool } from '../../electron/services/secrets/fake-keychain-tools';
import { NO_STACK } from '../run-cli';

const bin = path.resolve(__dirname, '../../../bin/botloom.js');
const TOKEN = 'tokid-8Xq3Lw:login-s3cr3t-Zr7PwQ2';
const REFUSED = 'tokid-0000Aa:wrong-s3cr3t-Bb9Kc4';
const linux = process.platform === 'linux';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let fake: FakeChatlayer;
let root: string;
let secretTool: FakeTool | undefined;
const runs: Run[] = [];

beforeAll(async () => {
  fake = await startFakeChatlayer({ token: TOKEN, rateLimit: null });
  root = mkdtempSync(path.join(os.tmpdir(), 'botloom-login-'));
  for (const dir of ['plain-data', 'keychain-data', 'home', 'work', 'empty-path'])
    mkdirSync(path.join(root, dir));
});
afterAll(async () => {
  await fake.close();
  rmSync(root, { recursive: true, force: true });
  if (secretTool) rmSync(secretTool.dir, { recursive: true, force: true });
});

/** Runs the CLI with a clean environment: its own data folder and home, the fake's URL, no token. */
async function botloom(
  args: string[],
  options: { input?: string; dataDir?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  const env: Record<string, string> = {
    PATH: path.join(root, 'empty-path'),
    HOME: path.join(root, 'home'),
    XDG_CONFIG_HOME: path.join(root, 'home'),
    BOTLOOM_DATA_DIR: options.dataDir ?? path.join(root, 'plain-data'),
    BOTLOOM_CHATLAYER_URL: fake.url,
    ...options.env,
  };
  const child = spawn(process.execPath, [bin, ...args], { cwd: path.join(root, 'work'), env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin.end(options.input ?? '');
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const run = { status, stdout, stderr };
  runs.push(run);
  return run;
}

const plainFile = () => path.join(root, 'plain-data', 'secrets.json');
const botsCalls = () => fake.state.requests.filter((r) => r.method === 'GET' && r.path === '/v1/bots');

// On macOS the automatic choice would reach the real keychain through /usr/bin/security.
describe.skipIf(process.platform === 'darwin')('botloom chatlayer login without an OS keychain', () => {
  it('refuses a token Chatlayer refuses, in one sentence, exit 2, storing nothing', async () => {
    const before = botsCalls().length;
    const r = await botloom(['chatlayer', 'login'], { input: `${REFUSED}\n` });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `botloom: The token was refused for ${new URL(fake.url).host}: create a token in Settings › Access tokens. Nothing was stored.\n`,
    );
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(botsCalls().length).toBe(before + 1);
    expect(existsSync(plainFile())).toBe(false);
  });

  it('checks a good token with GET /v1/bots, keeps it in the 0600 plain file and warns that it is plain', async () => {
    const before = botsCalls().length;
    const r = await botloom(['chatlayer', 'login'], { input: `${TOKEN}\n` });
    expect(r.stderr).toBe(
      `botloom: warning: the token is stored as plain text in ${plainFile()} (no OS keychain available): prefer BOTLOOM_CHATLAYER_TOKEN in CI\n`,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `Chatlayer at ${new URL(fake.url).host} accepted the token: it reaches 1 bot (1001).\n` +
        `Kept the Chatlayer token in a plain file (${plainFile()}), since secret-tool is not installed (package libsecret-tools).\n`,
    );
    expect(botsCalls().length).toBe(before + 1);
    expect(statSync(plainFile()).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(plainFile(), 'utf8'))).toEqual({
      format: 'botloom-secrets/1',
      secrets: { 'chatlayer.token': TOKEN },
    });
  });

  it('gives the kept token to the other chatlayer commands, with BOTLOOM_CHATLAYER_TOKEN winning', async () => {
    const stored = await botloom(['chatlayer', 'status']);
    expect(stored.status).toBe(0);
    expect(stored.stdout).toContain('secret store');
    const env = await botloom(['chatlayer', 'status'], { env: { BOTLOOM_CHATLAYER_TOKEN: REFUSED } });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('The token was refused');
  });

  it('never takes the token as an argument, and says why without echoing it', async () => {
    const r = await botloom(['chatlayer', 'login', '--token', REFUSED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'botloom: botloom never takes a token as an argument (other users can read arguments in the process list): pipe it on stdin or type it at the prompt.\n',
    );
  });

  it('says what to do when stdin holds no token, or more than one word', async () => {
    const empty = await botloom(['chatlayer', 'login', '--token-stdin'], { input: '\n' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('No token on stdin: pipe it in');
    const two = await botloom(['chatlayer', 'login'], { input: `${REFUSED}\nsecond line\n` });
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('The token has spaces or several lines in it');
  });

  it('keeps a token unchecked with --no-check, without calling Chatlayer', async () => {
    const before = fake.state.requests.length;
    const dataDir = path.join(root, 'unchecked-data');
    const r = await botloom(['chatlayer', 'login', '--no-check'], { input: TOKEN, dataDir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Kept \(not checked, --no-check\) the Chatlayer token in a plain file/);
    expect(fake.state.requests.length).toBe(before);
  });

  it('rejects a bad region before asking for the token', async () => {
    const r = await botloom(['chatlayer', 'login', '--region', 'mars'], { input: TOKEN });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("botloom: --region must be eu, us or asia, not 'mars'.\n");
  });

  it('logs out by removing the kept token, and says so when there is none', async () => {
    const first = await botloom(['chatlayer', 'logout']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Removed the Chatlayer token from a plain file/);
    expect(JSON.parse(readFileSync(plainFile(), 'utf8')).secrets).toEqual({});
    const again = await botloom(['chatlayer', 'logout']);
    expect(again.stdout).toMatch(/^No Chatlayer token was kept in a plain file .*; nothing to remove\.\n$/);
    const status = await botloom(['chatlayer', 'status']);
    expect(status.status).toBe(2);
    expect(status.stderr).toContain('No Chatlayer access token');
  });
});

describe.skipIf(!linux)('botloom chatlayer login with the Secret Service (fake secret-tool on PATH)', () => {
  it('keeps the token through secret-tool on stdin, never in its argv, without a warning', async () => {
    secretTool = installFakeSecretTool();
    const dataDir = path.join(root, 'keychain-data');
    const r = await botloom(['chatlayer', 'login'], { input: TOKEN, dataDir, env: { PATH: secretTool.dir } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Kept the Chatlayer token in the OS keyring (Secret Service, through secret-tool).',
    );
    const stores = secretTool.calls().filter((c) => c.argv[0] === 'store');
    expect(stores).toHaveLength(1);
    expect(stores[0]!.stdin).toBe(TOKEN);
    for (const call of secretTool.calls()) expect(call.argv.join(' ')).not.toContain(TOKEN);
    expect(readdirSync(dataDir)).toEqual([]);

    const status = await botloom(['chatlayer', 'status'], { dataDir, env: { PATH: secretTool.dir } });
    expect(status.status).toBe(0);
    const out = await botloom(['chatlayer', 'logout'], { dataDir, env: { PATH: secretTool.dir } });
    expect(out.stdout).toBe(
      'Removed the Chatlayer token from the OS keyring (Secret Service, through secret-tool).\n',
    );
  });
});

/** Runs login in a pseudo-terminal (util-linux `script`), typing `keys` once the prompt shows. */
async function loginAtTerminal(keys: string, dataDir: string): Promise<Run> {
  const command = `${process.execPath} ${bin} chatlayer login`;
  const child = spawn('script', ['-qefc', command, '/dev/null'], {
    cwd: path.join(root, 'work'),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: path.join(root, 'home'),
      BOTLOOM_DATA_DIR: dataDir,
      BOTLOOM_CHATLAYER_URL: fake.url,
      BOTLOOM_SECRET_STORE: 'file',
    },
  });
  let stdout = '';
  let typed = false;
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    // Typing before the prompt turns echo off would let the terminal echo the keys.
    if (!typed && stdout.includes('(hidden): ')) {
      typed = true;
      child.stdin.write(keys);
    }
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const run = { status, stdout, stderr: '' };
  runs.push(run);
  return run;
}

const hasScript = linux && existsSync('/usr/bin/script');

describe.skipIf(!hasScript)('botloom chatlayer login at a terminal', () => {
  it('reads the token at a hidden prompt: nothing echoed, backspace and arrow keys handled', async () => {
    const dataDir = path.join(root, 'terminal-data');
    const [id, secret] = TOKEN.split(':') as [string, string];
    // A typo erased with backspace, and a stray left-arrow key, on the way.
    const r = await loginAtTerminal(`${id}X\x7f:${secret}\x1b[D\r`, dataDir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Chatlayer access token \(hidden\): \r\nChatlayer at .* accepted the token/);
    expect(
      JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')).secrets['chatlayer.token'],
    ).toBe(TOKEN);
  });

  it('stores nothing when Ctrl+C answers the prompt (exit 130)', async () => {
    const dataDir = path.join(root, 'cancelled-data');
    const r = await loginAtTerminal('tok\x03', dataDir);
    expect(r.status).toBe(130);
    expect(r.stdout).toContain('botloom: login cancelled; nothing was stored.');
    expect(existsSync(path.join(dataDir, 'secrets.json'))).toBe(false);
  });
});

describe('where the token may be found afterwards', () => {
  it('appears in no output and no file written, except the store that keeps it', () => {
    expect(runs.length).toBeGreaterThan(0);
    const parts = [TOKEN, ...TOKEN.split(':')];
    const outputs = runs.flatMap((r, i): [string, string][] => [
      [`run ${i + 1} stdout`, r.stdout],
      [`run ${i + 1} stderr`, r.stderr],
    ]);
    const vaults = new Set(
      ['unchecked-data', 'terminal-data'].map((d) => path.join(root, d, 'secrets.json')).concat(plainFile()),
    );
    const files: [string, string][] = [];
    for (const dir of [root, secretTool?.dir].filter((d): d is string => d !== undefined))
      for (const file of readdirSync(dir, { recursive: true }) as string[]) {
        const full = path.join(dir, file);
        if (!statSync(full).isFile()) continue;
        if (secretTool && full === path.join(secretTool.dir, 'items.json')) continue; // the fake keyring itself
        if (secretTool && full === path.join(secretTool.dir, 'calls.jsonl')) continue; // its record of stdin
        files.push([full, readFileSync(full).toString('latin1')]);
      }
    const leaks = [...outputs, ...files]
      .filter(([name, text]) => !vaults.has(name) && parts.some((p) => text.includes(p)))
      .map(([name]) => name);
    expect(leaks).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });
});
