// `botloom test` on worker threads: the same report whatever the number of workers, and a hanging test
// is reported as timed out while the others complete.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliSandbox } from './run-cli';

const pizzaPath = path.resolve(__dirname, '../../examples/pizza-order.json');
const pizza = () => JSON.parse(readFileSync(pizzaPath, 'utf8'));
const bin = path.resolve(__dirname, '../../bin/botloom.js');

let cli: CliSandbox;
afterEach(() => cli?.dispose());

/**
 * The pizza bot's tests four times over, two of them broken; its code block gets a generous time limit,
 * as several workers starting at once on a small, busy machine can starve it.
 */
function manyTests() {
  const project = pizza();
  for (const block of project.flows.flatMap((f: { blocks: { type: string }[] }) => f.blocks))
    if (block.type === 'code') Object.assign(block, { timeoutMs: 10_000 });
  const base = project.tests as { name: string; steps: unknown[] }[];
  project.tests = Array.from({ length: 4 }, (_, round) =>
    base.map((t) => ({ ...structuredClone(t), name: `${t.name} (round ${round + 1})` })),
  ).flat();
  project.tests[3].steps[1] = { bot: 'not what the bot says' };
  project.tests[16].steps[0] = { botContains: 'Goodbye' };
  return project;
}

/** A report without its timings. */
function untimed(json: string): unknown {
  const summary = JSON.parse(json);
  delete summary.durationMs;
  for (const r of summary.results) delete r.durationMs;
  return summary;
}

describe('botloom test --workers', () => {
  it('reports the same results in the same order with 1 and 3 workers', () => {
    cli = new CliSandbox();
    const file = cli.file('many.json', manyTests());
    const one = cli.run('test', file, '--workers', '1', '--reporter', 'json', '--out', cli.path('one.json'));
    const three = cli.run(
      'test',
      file,
      '--workers',
      '3',
      '--reporter',
      'json',
      '--out',
      cli.path('three.json'),
    );
    expect(one.status).toBe(1);
    expect(three.status).toBe(1);
    const a = untimed(readFileSync(cli.path('one.json'), 'utf8')) as { results: { index: number }[] };
    const b = untimed(readFileSync(cli.path('three.json'), 'utf8'));
    expect(a).toMatchObject({ passed: 26, failed: 2, skipped: 0 });
    expect(a.results.map((r) => r.index)).toEqual(Array.from({ length: 28 }, (_, i) => i));
    expect(b).toEqual(a);
    // The printed results too, apart from their timings.
    const lines = (out: string) => out.replace(/ \(\d+ ms\)/g, '');
    expect(lines(three.stdout)).toBe(lines(one.stdout));
    expect(lines(one.stdout)).toContain('✗ cancels at the confirmation (round 1)');
  });

  it('reports a hanging test as timed out while the others complete', async () => {
    cli = new CliSandbox();
    const server: Server = createServer(() => {}); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
      const project = pizza();
      project.flows[0].blocks.push({ id: 'slow_call', type: 'api', url, timeoutMs: 60_000, next: 'goodbye' });
      const hangs = {
        name: 'hangs',
        mode: 'live',
        startBlock: 'slow_call',
        steps: [{ bot: 'Enjoy your day!' }],
      };
      project.tests.splice(1, 0, hangs);
      const file = cli.file('hangs.json', project);
      const started = Date.now();
      const child = spawn(
        process.execPath,
        [bin, 'test', file, '--workers', '2', '--test-timeout', '10000', '--reporter', 'json'],
        { cwd: cli.dir },
      );
      let stdout = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      expect(status).toBe(1);
      expect(Date.now() - started).toBeLessThan(45_000); // far less than the API call's own 60 s
      const summary = JSON.parse(stdout);
      expect(summary).toMatchObject({ passed: 7, failed: 1, skipped: 0 });
      expect(summary.results[1]).toMatchObject({
        name: 'hangs',
        status: 'failed',
        failure: { expected: 'the test to finish within 10000 ms' },
      });
      expect(summary.results[1].failure.actual).toContain('--test-timeout');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);
});
