import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringifyProject } from '../../engine/format';
import { flow, generateProject, message, project } from '../builders';
import { CliSandbox, NO_STACK } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const messy = () => {
  const p = project({
    flows: [flow('zeta', [message('b'), message('a', { next: 'b' })]), flow('alpha', [message('c')])],
    startBlock: 'a',
  });
  // Hand-written: keys in odd order, no defaults, one line.
  return JSON.stringify({ flows: p.flows, startBlock: 'a', name: 'Messy', format: 'botloom/1' });
};

describe('botloom export --to json', () => {
  it('writes deterministic JSON: the same bytes as stringifyProject, flows and blocks by id', () => {
    cli.file('bot.json', messy());
    const r = cli.run('export', 'bot.json', '--to', 'json', '--out', 'out.json');
    expect(r.status).toBe(0);
    const out = readFileSync(cli.path('out.json'), 'utf8');
    expect(out.startsWith('{\n  "format": "botloom/1",\n  "name": "Messy",')).toBe(true);
    expect(JSON.parse(out).flows.map((f: { id: string }) => f.id)).toEqual(['alpha', 'zeta']);
    expect(cli.run('export', 'out.json', '--to', 'json').stdout).toBe(out);
  });

  it('export → import → export gives the same bytes, also through a .botloom project', () => {
    cli.file('big.json', stringifyProject(generateProject({ blocks: 300, seed: 5 })));
    const first = cli.run('export', 'big.json', '--to', 'json').stdout;
    expect(cli.run('import', 'big.json', '--out', 'big.botloom').status).toBe(0);
    expect(cli.run('export', 'big.botloom', '--to', 'json').stdout).toBe(first);
  });

  it('rejects unknown formats, naming the ones there are (exit 2)', () => {
    cli.file('bot.json', messy());
    expect(cli.run('export', 'bot.json', '--to', 'yaml')).toMatchObject({
      status: 2,
      stderr: "botloom: unknown export format 'yaml': use --to json, chatlayer.\n",
    });
  });

  it('points to import when asked to write JSON into a .botloom file', () => {
    cli.file('bot.json', messy());
    expect(cli.run('export', 'bot.json', '--to', 'json', '--out', 'bot.botloom')).toMatchObject({
      status: 2,
      stderr:
        'botloom: --to json writes JSON, not a .botloom project: to make bot.botloom, run botloom import bot.json --out bot.botloom.\n',
    });
  });

  it('exits 2 for unusable input with the JSON path and no stack trace', () => {
    cli.file('bot.json', {
      format: 'botloom/1',
      name: 'x',
      startBlock: 'a',
      flows: [{ id: 'main', name: 'Main', blocks: [{ id: 'a', type: 'message' }] }],
    });
    const r = cli.run('export', 'bot.json', '--to', 'json', '--out', 'out.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /bot\.json:\d+:\d+ flows\[0\]\.blocks\[0\]\.messages: "messages" is missing: add it \(array\)\./,
    );
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe('botloom import', () => {
  it('imports botloom/1 JSON into a .json project, normalised', () => {
    cli.file('in.json', messy());
    const r = cli.run('import', 'in.json', '--out', 'project.json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('botloom: imported in.json into project.json (3 blocks in 2 flows)\n');
    expect(readFileSync(cli.path('project.json'), 'utf8')).toBe(
      cli.run('export', 'in.json', '--to', 'json').stdout,
    );
  });

  it('imports with --from json whatever the file is called', () => {
    cli.file('in.txt', messy());
    expect(cli.run('import', 'in.txt', '--from', 'json', '--out', 'p.botloom').status).toBe(0);
    expect(cli.run('validate', 'p.botloom').status).toBe(0);
  });

  it('refuses an --out that is not a project file, unknown --from formats and missing files (exit 2)', () => {
    cli.file('in.json', messy());
    expect(cli.run('import', 'in.json', '--out', 'p.txt')).toMatchObject({
      status: 2,
      stderr: "botloom: --out must name a .botloom or .json project file, not 'p.txt'.\n",
    });
    expect(cli.run('import', 'in.json', '--from', 'yaml', '--out', 'p.json')).toMatchObject({
      status: 2,
      stderr: "botloom: unknown import format 'yaml': use --from json, chatlayer.\n",
    });
    expect(cli.run('import', 'missing.json', '--from', 'json', '--out', 'p.json')).toMatchObject({
      status: 2,
      stderr: 'botloom: missing.json does not exist: check the path.\n',
    });
  });

  it('reports a broken input with its line and leaves no output behind', () => {
    cli.file('in.json', '{ "format": "botloom/1", ');
    const r = cli.run('import', 'in.json', '--out', 'p.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('in.json:1:26: not valid JSON: the file ends inside an object');
    expect(() => readFileSync(cli.path('p.json'))).toThrow();
  });
});
