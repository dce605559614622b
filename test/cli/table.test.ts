// `botloom table import|export` (docs/file-format.md#importing-a-table-from-csv): one spawned run covers
// the import, a refused malformed file that leaves the project as it was, and the export.
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

describe('botloom table', () => {
  it('imports a CSV, refuses a malformed one without writing, and exports the table', () => {
    cli.file('bot.json', stringifyProject(project({ blocks: [message('hello')] })));
    cli.file('orders.csv', 'id,total:number\nA-1,12.5\nA-2,40\n');
    cli.file('bad.csv', 'id,total:number\nA-3,lots\nA-4\n');
    const ok = cli.run('table', 'import', 'bot.json', 'orders.csv', '--table', 'orders');
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/table orders in bot\.json now holds 2 rows \(id:text, total:number\)/);
    const saved = readFileSync(cli.path('bot.json'), 'utf8');
    expect(JSON.parse(saved).tables[0].rows).toEqual([
      { id: 'A-1', total: 12.5 },
      { id: 'A-2', total: 40 },
    ]);

    const bad = cli.run('table', 'import', 'bot.json', 'bad.csv', '--table', 'orders', '--append');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.csv was not imported (bot.json is unchanged)');
    expect(bad.stderr).toContain('bad.csv: line 3: the line has 1 cell(s) and the header 2');
    expect(readFileSync(cli.path('bot.json'), 'utf8')).toBe(saved);

    const out = cli.run('table', 'export', 'bot.json', '--table', 'orders');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('id:text,total:number\r\nA-1,12.5\r\nA-2,40\n');
  });
});
