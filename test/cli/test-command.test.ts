// `botloom test` end to end: the built CLI on example and temporary projects.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { secretsFromEnv, showsProgress } from '../../cli/commands/test';
import { CliSandbox, NO_STACK } from './run-cli';

const pizzaPath = path.resolve(__dirname, '../../examples/pizza-order.json');
const pizza = () => JSON.parse(readFileSync(pizzaPath, 'utf8'));
const bin = path.resolve(__dirname, '../../bin/botloom.js');

let cli: CliSandbox;
afterEach(() => cli?.dispose());

describe('botloom test', () => {
  it('fails with exit 1, printing the step number, expected vs actual and the block id', () => {
    cli = new CliSandbox();
    const project = pizza();
    project.tests[0].steps[8] = { bot: '2 × large margherita: €99.00. Shall I place the order?' };
    const file = cli.file('broken.json', project);
    const r = cli.run('test', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ orders two large margheritas');
    expect(r.stdout).toContain('step 9: {"bot":"2 × large margherita: €99.00. Shall I place the order?"}');
    expect(r.stdout).toContain('expected: "2 × large margherita: €99.00. Shall I place the order?"');
    expect(r.stdout).toContain('actual:   "2 × large margherita: €24.70. Shall I place the order?"');
    expect(r.stdout).toContain('block:    confirm_order');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('6 passed, 1 failed');
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).toBe('');
  });

  it('exits 2 for malformed JSON, naming the file and where, without a stack trace', () => {
    cli = new CliSandbox();
    const file = cli.file('bad.json', '{ "format": "botloom/1", "name": "x", ');
    const r = cli.run('test', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.json');
    expect(r.stderr).toMatch(/bad\.json:\d+:\d+/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('exits 2 for a schema-invalid project, naming the JSON path', () => {
    cli = new CliSandbox();
    const project = pizza();
    project.tests[1].steps[2] = { clik: 'Small' };
    const file = cli.file('invalid.json', project);
    const r = cli.run('test', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('invalid.json');
    expect(r.stderr).toContain('tests[1].steps[2]');
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a missing file and for a --grep that selects nothing', () => {
    cli = new CliSandbox();
    const missing = cli.run('test', 'nope.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json does not exist');
    const none = cli.run('test', pizzaPath, '--grep', 'sushi');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no test of');
    expect(none.stderr).toContain('"sushi"');
  });

  it('runs only the tests --grep selects', () => {
    cli = new CliSandbox();
    const r = cli.run('test', pizzaPath, '--grep', 'MARGHERITAS');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ orders two large margheritas');
    expect(r.stdout).not.toContain('opening hours');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('writes a JUnit report with --out and still prints the results', () => {
    cli = new CliSandbox();
    const project = pizza();
    // The step after the click that checks the opening hours (the pizza example's test 5).
    project.tests[4].steps[3] = { bot: 'Closed on Mondays & <holidays>' };
    const file = cli.file('broken.json', project);
    const out = cli.path('report.xml');
    const r = cli.run('test', file, '--reporter', 'junit', '--out', out);
    expect(r.status).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="botloom" tests="7" failures="1"/,
    );
    expect(xml).toContain(
      '<failure message="step 4: expected &quot;Closed on Mondays &amp; &lt;holidays&gt;&quot;',
    );
    expect(r.stdout).toContain('block:    hours');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('6 passed, 1 failed');
  });

  it('prints a JSON report to stdout and the counts to stderr', () => {
    cli = new CliSandbox();
    const r = cli.run('test', pizzaPath, '--reporter', 'json');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ project: 'Pizza Palace', passed: 7, failed: 0 });
    expect(r.stderr).toBe('7 passed, 0 failed\n');
  });

  it('refuses an unknown reporter with exit 2', () => {
    cli = new CliSandbox();
    const r = cli.run('test', pizzaPath, '--reporter', 'tap');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pretty, json, junit/);
  });

  it('cancels cleanly on Ctrl+C: exit 130, the unfinished tests reported as skipped', async () => {
    cli = new CliSandbox();
    const server: Server = createServer(() => {}); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
      const project = pizza();
      project.flows[0].blocks.push({ id: 'slow_call', type: 'api', url, timeoutMs: 60_000, next: 'goodbye' });
      project.tests = [
        { name: 'quick', steps: [{ bot: 'Welcome to Pizza Palace!' }] },
        { name: 'hangs', mode: 'live', startBlock: 'slow_call', steps: [{ bot: 'Enjoy your day!' }] },
        { name: 'never runs', steps: [] },
      ];
      const file = cli.file('slow.json', project);
      const child = spawn(process.execPath, [bin, 'test', file, '--workers', '1', '--concurrency', '1'], {
        cwd: cli.dir,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      server.on('request', () => child.kill('SIGINT')); // the live test is waiting on the server now
      const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      expect(status).toBe(130);
      expect(stderr).toContain('cancelling');
      expect(stdout).toContain('✓ quick');
      expect(stdout).toContain('- hangs [live] (skipped: cancelled)');
      expect(stdout).toContain('- never runs (skipped: cancelled)');
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed, 2 skipped');
      expect(stderr).not.toMatch(NO_STACK);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('CLI test helpers', () => {
  it('reads secrets from BOTLOOM_SECRET_<NAME>, as written, upper case or upper snake case', () => {
    const secrets = secretsFromEnv({
      BOTLOOM_SECRET_shopToken: 'a',
      BOTLOOM_SECRET_API_KEY: 'b',
      BOTLOOM_SECRET_PASSWORD: 'c',
    });
    expect(secrets('shopToken')).toBe('a');
    expect(secrets('apiKey')).toBe('b');
    expect(secrets('password')).toBe('c');
    expect(secrets('other')).toBeUndefined();
  });

  it('shows progress on a terminal only, never under CI', () => {
    expect(showsProgress({ isTTY: true }, {})).toBe(true);
    expect(showsProgress({ isTTY: false }, {})).toBe(false);
    expect(showsProgress({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(showsProgress({ isTTY: true }, { CI: 'false' })).toBe(true);
  });
});
