// The CLI writes over an existing file only with --force (issue 18).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringifyProject } from '../../engine/format';
import { message, project } from '../builders';
import { CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

describe('overwrites need --force', () => {
  it('botloom export --out an existing file', () => {
    cli.file('bot.json', stringifyProject(project({ blocks: [message('hello')] })));
    cli.file('out.json', 'precious');
    const refused = cli.run('export', 'bot.json', '--to', 'json', '--out', 'out.json');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/out\.json already exists: pass --force to replace it/);
    expect(readFileSync(cli.path('out.json'), 'utf8')).toBe('precious');
    expect(cli.run('export', 'bot.json', '--to', 'json', '--out', 'out.json', '--force').status).toBe(0);
    expect(readFileSync(cli.path('out.json'), 'utf8')).toContain('botloom/1');
  });

  it('botloom import --out an existing .json file', () => {
    cli.file('bot.json', stringifyProject(project({ blocks: [message('hello')] })));
    cli.file('copy.json', 'precious');
    const refused = cli.run('import', 'bot.json', '--out', 'copy.json');
    expect(refused.status).toBe(2);
    expect(readFileSync(cli.path('copy.json'), 'utf8')).toBe('precious');
    expect(cli.run('import', 'bot.json', '--out', 'copy.json', '--force').status).toBe(0);
  });
});
