// `botloom test --shard i/n` on several machines and `--merge-reports` to put their reports together:
// the shards run every test exactly once, and the merged report is the unsharded one apart from timings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliSandbox } from './run-cli';

const pizzaPath = path.resolve(__dirname, '../../examples/pizza-order.json');

let cli: CliSandbox;
afterEach(() => cli?.dispose());

/** The pizza bot's tests three times over, one broken, its code block with a generous time limit. */
function project() {
  const p = JSON.parse(readFileSync(pizzaPath, 'utf8'));
  for (const block of p.flows.flatMap((f: { blocks: { type: string }[] }) => f.blocks))
    if (block.type === 'code') Object.assign(block, { timeoutMs: 10_000 });
  const base = p.tests as { name: string }[];
  p.tests = [1, 2, 3].flatMap((round) =>
    base.map((t) => ({ ...structuredClone(t), name: `${t.name} (round ${round})` })),
  );
  p.tests[9].steps[1] = { bot: 'not what the bot says' };
  return p;
}

const untimed = (json: string) => {
  const summary = JSON.parse(json);
  delete summary.durationMs;
  for (const r of summary.results) delete r.durationMs;
  return summary;
};
const untimedXml = (xml: string) => xml.replace(/ time="[\d.]+"/g, '');

describe('botloom test --shard and --merge-reports', () => {
  it('run every test exactly once over 4 shards, and merge into the unsharded report', () => {
    cli = new CliSandbox();
    const file = cli.file('bot.json', project());
    const whole = cli.run(
      'test',
      file,
      '--workers',
      '2',
      '--reporter',
      'json',
      '--out',
      cli.path('whole.json'),
    );
    expect(whole.status).toBe(1);
    const shards = [1, 2, 3, 4].map((i) => {
      const out = cli.path(`shard-${i}.json`);
      const r = cli.run(
        'test',
        file,
        '--shard',
        `${i}/4`,
        '--workers',
        '2',
        '--reporter',
        'json',
        '--out',
        out,
      );
      expect(r.status === 0 || r.status === 1).toBe(true);
      return out;
    });
    const ran = shards.flatMap((s) =>
      (JSON.parse(readFileSync(s, 'utf8')).results as { index: number }[]).map((r) => r.index),
    );
    expect(ran.sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    // Shards of near equal size, and the same split when run again.
    for (const s of shards)
      expect(JSON.parse(readFileSync(s, 'utf8')).results.length).toBeGreaterThanOrEqual(5);
    const again = cli.run('test', file, '--shard', '2/4', '--reporter', 'json');
    expect(JSON.parse(again.stdout).results.map((r: { index: number }) => r.index)).toEqual(
      JSON.parse(readFileSync(shards[1]!, 'utf8')).results.map((r: { index: number }) => r.index),
    );

    const merged = cli.run(
      'test',
      '--merge-reports',
      ...shards,
      '--reporter',
      'json',
      '--out',
      cli.path('merged.json'),
    );
    expect(merged.status).toBe(1);
    expect(merged.stdout.trimEnd().split('\n').at(-1)).toBe('20 passed, 1 failed');
    expect(untimed(readFileSync(cli.path('merged.json'), 'utf8'))).toEqual(
      untimed(readFileSync(cli.path('whole.json'), 'utf8')),
    );
    // JUnit from the merged reports is the unsharded run's JUnit, apart from timings.
    const junit = cli.run('test', '--merge-reports', ...shards, '--reporter', 'junit');
    const wholeJunit = cli.run('test', '--merge-reports', cli.path('whole.json'), '--reporter', 'junit');
    expect(untimedXml(junit.stdout)).toBe(untimedXml(wholeJunit.stdout));
    expect(junit.stdout).toContain('tests="21" failures="1"');
  }, 240_000);

  it('balance shards by --timings written by --write-timings', () => {
    cli = new CliSandbox();
    const file = cli.file('bot.json', project());
    const timings = cli.path('timings.json');
    const first = cli.run('test', file, '--workers', '2', '--write-timings', timings);
    expect(first.status).toBe(1);
    const written = JSON.parse(readFileSync(timings, 'utf8'));
    expect(written.format).toBe('botloom-timings/1');
    expect(Object.keys(written.tests)).toHaveLength(21);
    const sizes = [1, 2].map((i) => {
      const r = cli.run('test', file, '--shard', `${i}/2`, '--timings', timings, '--reporter', 'json');
      return JSON.parse(r.stdout).results.length as number;
    });
    expect(sizes[0]! + sizes[1]!).toBe(21);
  }, 240_000);

  it('refuse unusable shard options and reports, with exit 2', () => {
    cli = new CliSandbox();
    const file = cli.file('bot.json', project());
    expect(cli.run('test', file, '--shard', '5/4').stderr).toContain('--shard must be i/n');
    const noShard = cli.run('test', file, '--timings', 'x.json');
    expect(noShard.status).toBe(2);
    expect(noShard.stderr).toContain('give --shard i/n as well');
    const notReport = cli.file('not-a-report.json', { hello: 1 });
    const bad = cli.run('test', '--merge-reports', notReport);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not a JSON report of botloom test');
    expect(cli.run('test').stderr).toContain('needs a project file');
  });
});
