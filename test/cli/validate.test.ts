import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringifyProject } from '../../engine/format';
import { BLOCK_TYPES } from '../../engine/model';
import { code, input, message, project } from '../builders';
import { CliSandbox, NO_STACK } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

describe('botloom validate', () => {
  it('exits 0 and says so when a project has no problems', () => {
    cli.file(
      'bot.json',
      stringifyProject(
        project({ blocks: [message('hello', { next: 'ask' }), input('ask', { next: 'hello' })] }),
      ),
    );
    const r = cli.run('validate', 'bot.json');
    expect(r.stdout).toBe('bot.json: no problems found.\n');
    expect(r.status).toBe(0);
  });

  it('exits 0 with warnings only', () => {
    cli.file(
      'bot.json',
      stringifyProject(project({ blocks: [message('hello', { text: 'Hi {user.nmae}' })] })),
    );
    const r = cli.run('validate', 'bot.json');
    expect(r.stdout).toContain(
      'warning flows[0].blocks[0].messages[0].text (block hello): variable "user.nmae" is used but never set',
    );
    expect(r.stdout).toContain('bot.json: 0 errors, 1 warning.');
    expect(r.status).toBe(0);
  });

  it('prints each diagnostic with file, line, JSON path, block id and message, and exits 1 on errors', () => {
    cli.file(
      'bot.json',
      stringifyProject(
        project({
          blocks: [message('hello', { next: 'gone' }), code('calc', { code: 'const a = 1;\nconst b = ;' })],
        }),
      ),
    );
    const r = cli.run('validate', 'bot.json');
    const lines = r.stdout.trim().split('\n');
    expect(r.stdout).toMatch(
      /(^|\n)bot\.json:\d+:\d+ error flows\[0\]\.blocks\[\d\]\.code \(block calc\): syntax error on line 2, column 11 of the code: Unexpected token\. \[code-syntax-error\]\n/,
    );
    expect(r.stdout).toMatch(
      /bot\.json:\d+:\d+ error flows\[0\]\.blocks\[1\]\.next \(block hello\): "next" points to block "gone", which does not exist/,
    );
    // One warning more than before: calc has no error route, and nothing catches its failures.
    expect(lines.at(-1)).toBe('bot.json: 2 errors, 2 warnings.');
    expect(r.status).toBe(1);
  });

  it('points the line and column at the field in the file', () => {
    const text = stringifyProject(project({ blocks: [message('hello', { next: 'gone' })] }));
    cli.file('bot.json', text);
    const lineOfNext = text.split('\n').findIndex((l) => l.includes('"next": "gone"')) + 1;
    expect(cli.run('validate', 'bot.json').stdout).toContain(
      `bot.json:${lineOfNext}:11 error flows[0].blocks[0].next`,
    );
  });

  it('prints the diagnostics as JSON with --json', () => {
    cli.file('bot.json', stringifyProject(project({ blocks: [message('hello', { next: 'gone' })] })));
    const r = cli.run('validate', 'bot.json', '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'bot.json',
      diagnostics: [
        expect.objectContaining({
          code: 'dangling-reference',
          severity: 'error',
          location: { flowId: 'main', blockId: 'hello', path: 'flows[0].blocks[0].next' },
        }),
      ],
    });
    expect(r.status).toBe(1);
  });

  it('with --json, reports unusable input as JSON on stdout and exits 2', () => {
    cli.file('bot.json', '{ "format": "botloom/1", ');
    const r = cli.run('validate', 'bot.json', '--json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'bot.json',
      errors: [expect.objectContaining({ code: 'json-malformed', file: 'bot.json', line: 1, column: 26 })],
    });
  });

  it('exits 2 with the file, line and what to fix for malformed JSON, never a stack trace', () => {
    cli.file('bot.json', '{\n  "format": "botloom/1",\n  "name": "x",\n}\n');
    const r = cli.run('validate', 'bot.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("bot.json:4:1: not valid JSON: trailing comma: remove the ',' before '}'");
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('exits 2 listing every schema error with its JSON path', () => {
    const p = JSON.parse(stringifyProject(project({ blocks: [message('a'), message('b')] })));
    p.flows[0].blocks[0].type = 'mesage';
    p.flows[0].blocks[1].nxt = 'a';
    cli.file('bot.json', p);
    const r = cli.run('validate', 'bot.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `flows[0].blocks[0].type: unknown block type "mesage" (expected ${BLOCK_TYPES.join(', ')}).`,
    );
    expect(r.stderr).toMatch(/bot\.json:\d+:\d+ flows\[0\]\.blocks\[0\]\.type: unknown block type "mesage"/);
    expect(r.stderr).toMatch(
      /bot\.json:\d+:\d+ flows\[0\]\.blocks\[1\]\.nxt: unknown key "nxt": remove it\. Did you mean "next"\?/,
    );
    expect(r.stderr).toContain('Fix them and run the command again.');
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('exits 2 for a missing file, an unknown extension and a newer format', () => {
    expect(cli.run('validate', 'nope.json')).toMatchObject({
      status: 2,
      stderr: 'botloom: nope.json does not exist: check the path.\n',
    });
    cli.file('bot.yaml', 'x: 1');
    expect(cli.run('validate', 'bot.yaml')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('neither a .botloom project nor a botloom/1 .json file'),
    });
    cli.file('new.json', { format: 'botloom/9', name: 'x' });
    expect(cli.run('validate', 'new.json')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('made by a newer Botloom'),
    });
  });

  it('names the file when the whole document is wrong, not one field of it', () => {
    cli.file('list.json', '[]\n');
    expect(cli.run('validate', 'list.json')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(
        /^botloom: list\.json: a Botloom project is a JSON object .*, but this is an array\.\n$/,
      ),
    });
  });

  it('validates a .botloom project', () => {
    cli.file('bot.json', stringifyProject(project({ blocks: [message('hello', { next: 'gone' })] })));
    expect(cli.run('import', 'bot.json', '--out', 'bot.botloom').status).toBe(0);
    const r = cli.run('validate', 'bot.botloom');
    expect(r.stdout).toContain('bot.botloom error flows[0].blocks[0].next (block hello)');
    expect(r.status).toBe(1);
  });
});
