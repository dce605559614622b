// `botloom translations export|import` (docs/file-format.md#translations-as-csv): one spawned run per command covers
// the export, an import that needs confirming and writes nothing, the confirmed import, and expressions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseProject, stringifyProject } from '../../engine/format';
import { textIn, type Message } from '../../engine/model';
import { message, project } from '../builders';
import { CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const bot = () =>
  project({
    blocks: [
      message('hello', {
        messages: [
          { kind: 'text', text: 'Hello' },
          { kind: 'text', text: 'Bye' },
        ],
      }),
    ],
    secondaryLanguages: ['nl'],
    intents: [{ id: 'hi', examples: ['hello'], block: 'hello' }],
  });

describe('botloom translations', () => {
  it('exports the texts, refuses an import that needs confirming, and imports with --yes', () => {
    cli.file('bot.json', stringifyProject(bot()));
    const out = cli.run('translations', 'export', 'bot.json');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(
      'flow id,dialog id,dialog name,component type,value_en,value_nl,key\r\n' +
        'main,hello,hello,text,Hello,,messages.0.text\r\nmain,hello,hello,text,Bye,,messages.1.text\r\n',
    );
    cli.file(
      'nl.csv',
      '\uFEFFflow id,dialog id,dialog name,component type,value_en,value_nl,key\r\n' +
        'main,hello,hello,text,Hello,"Hallo, ""jij""",messages.0.text\r\nmain,gone,gone,text,Hi,Hoi,messages.0.text\r\n',
    );
    const before = readFileSync(cli.path('bot.json'), 'utf8');
    const refused = cli.run('translations', 'import', 'bot.json', 'nl.csv');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('nl.csv:3: there is no block "gone"');
    expect(refused.stderr).toContain('nl.csv was not imported (bot.json is unchanged)');
    expect(readFileSync(cli.path('bot.json'), 'utf8')).toBe(before);

    const done = cli.run('translations', 'import', 'bot.json', 'nl.csv', '--yes');
    expect(done.status).toBe(0);
    expect(done.stderr).toContain('1 text changed in bot.json');
    const parsed = parseProject(readFileSync(cli.path('bot.json'), 'utf8'));
    if (!parsed.ok) throw new Error('unreadable');
    const messages = (parsed.project.flows[0]!.blocks[0] as { messages: Message[] }).messages;
    expect(textIn(messages[0]!, 'text', 'nl', 'en')).toBe('Hallo, "jij"');
    expect('translations' in messages[1]!).toBe(false);
  });

  it('exports and imports intent expressions per language', () => {
    cli.file('bot.json', stringifyProject(bot()));
    expect(cli.run('translations', 'export', 'bot.json', '--expressions').stdout).toBe(
      'intent,value_en,value_nl\r\nhi,hello,\r\n',
    );
    cli.file('ex.csv', 'intent,value_en,value_nl\nhi,hello,hallo\nhi,,hoi\n');
    const r = cli.run('translations', 'import', 'bot.json', 'ex.csv', '--expressions');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(cli.path('bot.json'), 'utf8')).intents[0].examplesByLanguage).toEqual({
      nl: ['hallo', 'hoi'],
    });
  });

  it('chat --language talks in a secondary language and refuses one the bot lacks', () => {
    const bakery = path.resolve(__dirname, '../../examples/brussels-bakery.json');
    const fr = cli.run('chat', bakery, '--language', 'fr', '--say', 'quand êtes-vous ouverts');
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('Bot: Bienvenue à la Boulangerie bruxelloise !');
    expect(fr.stdout).toContain('Bot: Nous sommes ouverts tous les jours de 7h00 à 18h00.');
    const de = cli.run('chat', bakery, '--language', 'de', '--say', 'hallo');
    expect(de.status).toBe(2);
    expect(de.stderr).toContain('has no language "de" (it has en, nl, fr)');
  });
});
