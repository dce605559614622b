// `botloom knowledge`: a bad file imports nothing and says where and how to fix it; good files are
// added and answer `ask` with the ranked passages. One spawned sequence, to keep the suite fast.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { stringifyProject } from '../../engine/format';
import { message, project } from '../builders';
import { CliSandbox } from './run-cli';

let cli: CliSandbox | undefined;
afterEach(() => cli?.dispose());

describe('botloom knowledge', () => {
  it('refuses a malformed CSV without changing the project, then imports, lists and answers', () => {
    cli = new CliSandbox();
    const bot = cli.file('bot.json', stringifyProject(project({ blocks: [message('hello')] })));
    const before = readFileSync(bot, 'utf8');
    cli.file('bad.csv', 'question,answer\n"How long,Two days\n');
    cli.file('guide.md', '# Store\n\n## Parking\n\nFree parking behind the store.\n');
    cli.file('faq.csv', 'question,answer\nHow long does shipping take?,Two to four days.\n');

    const bad = cli.run('knowledge', 'import', 'bot.json', 'guide.md', 'bad.csv');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('nothing was imported');
    expect(bad.stderr).toContain('bad.csv, line 2:');
    expect(readFileSync(bot, 'utf8')).toBe(before);

    const good = cli.run('knowledge', 'import', 'bot.json', 'faq.csv', 'guide.md', '--tags', 'shop');
    expect(good.stderr).toContain('added knowledge source "faq" (1 FAQ rows)');
    expect(good.status).toBe(0);

    const ask = cli.run('knowledge', 'ask', 'bot.json', 'where can I park?', '--json');
    expect(ask.status).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({
      answered: true,
      answer: 'Free parking behind the store.',
      ranked: [{ passage: 'guide#1', source: 'guide', title: 'Store › Parking' }],
    });
  });
});
