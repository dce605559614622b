// botloom export --to chatlayer keeps the Chatlayer ids with the user's knowledge: in place (only the id
// lines) for a file in Botloom's format, beside a hand-formatted file (left byte for byte), or in it with
// --keep-ids; and it prints the warnings of what Chatlayer cannot resolve.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseProject, stringifyProject } from '../../engine/format';
import type { Project } from '../../engine/model';
import { api, code, message, project } from '../builders';
import { CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const bot = () =>
  project({
    name: 'Shop',
    blocks: [
      message('welcome', { text: 'Hi', next: 'ask' }),
      message('ask', { text: 'What?', next: 'bye' }),
      message('bye', { text: 'Bye!' }),
    ],
  });
/** The same project as a person might format it: one line per block, other spacing. */
const handFormatted = (p: Project) =>
  `{\n    "format": "botloom/1", "name": ${JSON.stringify(p.name)}, "language": "en", "startBlock": "welcome",\n    "flows": [ { "id": "main", "name": "Main", "blocks": [\n${p.flows[0]!.blocks.map((b) => `        ${JSON.stringify(b)}`).join(',\n')}\n    ] } ],\n    "variables": [], "intents": [], "tests": [], "mocks": []\n}\n`;
const read = (name: string) => readFileSync(cli.path(name), 'utf8');
const idsIn = (name: string): Record<string, string> => {
  const r = parseProject(read(name));
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.project.chatlayer?.ids ?? {};
};
/** The lines only in `a` (removed) and only in `b` (added), by a longest common subsequence. */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(y[j++]!);
    else removed.push(x[i++]!);
  }
  return { removed, added };
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('botloom export --to chatlayer: keeping the ids', () => {
  it('changes only the lines of chatlayer.ids in a file in Botloom’s format, and says so', () => {
    const before = stringifyProject({
      ...bot(),
      chatlayer: { region: 'eu', ids: { welcome: '11111111-1111-4111-8111-111111111111' } },
    });
    cli.file('bot.json', before);
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'out.json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'botloom: kept 2 new Chatlayer ids in bot.json (only the lines of its chatlayer.ids changed)\n',
    );
    const after = read('bot.json');
    const { added, removed } = lineDiff(before, after);
    expect(removed).toEqual([]);
    expect(added).toEqual([
      expect.stringMatching(/^ {6}"ask": "[0-9a-f-]{36}",$/),
      expect.stringMatching(/^ {6}"bye": "[0-9a-f-]{36}",$/),
    ]);
    expect(idsIn('bot.json').welcome).toBe('11111111-1111-4111-8111-111111111111');
    expect(existsSync(cli.path('bot.chatlayer-ids.json'))).toBe(false);
  });

  it('adds only the chatlayer.ids block to a file in Botloom’s format that has none', () => {
    const before = stringifyProject(bot());
    cli.file('bot.json', before);
    expect(cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'out.json').status).toBe(0);
    const { added, removed } = lineDiff(before, read('bot.json'));
    // chatlayer is the document's last key: the line before it only gains JSON's comma.
    expect(removed).toEqual(['  "mocks": []']);
    expect(added).toEqual([
      '  "mocks": [],',
      '  "chatlayer": {',
      '    "ids": {',
      expect.stringMatching(/^ {6}"ask": "[0-9a-f-]{36}",$/),
      expect.stringMatching(/^ {6}"bye": "[0-9a-f-]{36}",$/),
      expect.stringMatching(/^ {6}"welcome": "[0-9a-f-]{36}"$/),
      '    }',
      '  }',
    ]);
  });

  it('leaves a hand-formatted file byte for byte and keeps the ids beside it, read back by the next export', () => {
    const text = handFormatted(bot());
    cli.file('bot.json', text);
    const first = cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'first.json');
    expect(first.status).toBe(0);
    expect(read('bot.json')).toBe(text);
    expect(first.stderr).toContain(
      "botloom: kept 3 new Chatlayer ids in bot.chatlayer-ids.json: bot.json is not in Botloom's own format, so it was left as it is (pass --keep-ids to store the ids in bot.json, which rewrites it in that format)\n",
    );
    const kept = JSON.parse(read('bot.chatlayer-ids.json'));
    expect(kept.format).toBe('botloom-chatlayer-ids/1');
    expect(kept.project).toBe('bot.json');
    expect(Object.keys(kept.ids)).toEqual(['ask', 'bye', 'welcome']);
    Object.values(kept.ids).forEach((id) => expect(id).toMatch(UUID));
    const sidecar = read('bot.chatlayer-ids.json');
    const again = cli.run('export', 'bot.json', '--to', 'chatlayer');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(read('first.json'));
    expect(again.stderr).not.toContain('kept 0');
    expect(again.stderr).not.toContain('new Chatlayer id');
    expect(read('bot.json')).toBe(text);
    expect(read('bot.chatlayer-ids.json')).toBe(sidecar);
  });

  it('adds only the new block to the file beside a hand-formatted project', () => {
    cli.file('bot.json', handFormatted(bot()));
    cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'first.json');
    const before = JSON.parse(read('bot.chatlayer-ids.json')).ids;
    const grown = bot();
    grown.flows[0]!.blocks.push(message('more', { text: 'More' }));
    cli.file('bot.json', handFormatted(grown));
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer');
    expect(r.stderr).toContain('botloom: kept 1 new Chatlayer id in bot.chatlayer-ids.json');
    const after = JSON.parse(read('bot.chatlayer-ids.json')).ids;
    expect(after).toMatchObject(before);
    expect(after.more).toMatch(UUID);
  });

  it('rewrites a hand-formatted file with --keep-ids, and says so', () => {
    cli.file('bot.json', handFormatted(bot()));
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'out.json', '--keep-ids');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      "botloom: kept 3 new Chatlayer ids in bot.json (--keep-ids: bot.json was rewritten in Botloom's format)\n",
    );
    const rewritten = parseProject(read('bot.json'));
    expect(rewritten.ok && stringifyProject(rewritten.project)).toBe(read('bot.json'));
    expect(Object.keys(idsIn('bot.json')).sort()).toEqual(['ask', 'bye', 'welcome']);
    expect(existsSync(cli.path('bot.chatlayer-ids.json'))).toBe(false);
  });

  it('moves the ids kept beside the file into it with --keep-ids, keeping them unchanged', () => {
    cli.file('bot.json', handFormatted(bot()));
    cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'first.json');
    const kept = JSON.parse(read('bot.chatlayer-ids.json')).ids;
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer', '--keep-ids');
    expect(r.stdout).toBe(read('first.json'));
    expect(idsIn('bot.json')).toEqual(kept);
    expect(r.stderr).toContain(
      'bot.json now holds every id of bot.chatlayer-ids.json: you may delete that file\n',
    );
  });

  it('refuses a damaged file of kept ids, naming it, and overwrites nothing', () => {
    const text = handFormatted(bot());
    cli.file('bot.json', text);
    for (const damaged of [
      '{ "format": "botloom-chatlayer-ids/1", "ids": {',
      '{ "format": "botloom-chatlayer-ids/1", "ids": { "a b": "x" } }',
      '{ "format": "botloom-chatlayer-ids/1", "ids": { "__proto__": "x" } }',
    ]) {
      cli.file('bot.chatlayer-ids.json', damaged);
      const r = cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'out.json', '--force');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^botloom: bot\.chatlayer-ids\.json cannot be read: .+It holds the Chatlayer ids of the project's blocks, so it is left as it is: repair it, or move it away/,
      );
      expect(read('bot.chatlayer-ids.json')).toBe(damaged);
      expect(read('bot.json')).toBe(text);
      expect(existsSync(cli.path('out.json'))).toBe(false);
    }
  });

  it('refuses --keep-ids with --to json, and --out onto the file of kept ids', () => {
    cli.file('bot.json', stringifyProject(bot()));
    expect(cli.run('export', 'bot.json', '--to', 'json', '--keep-ids')).toMatchObject({
      status: 2,
      stderr: 'botloom: --keep-ids is for --to chatlayer: --to json never changes bot.json.\n',
    });
    expect(cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'bot.chatlayer-ids.json').status).toBe(
      2,
    );
  });

  it('says where the ids of a .botloom project went', () => {
    cli.file('bot.json', stringifyProject(bot()));
    expect(cli.run('import', 'bot.json', '--out', 'bot.botloom').status).toBe(0);
    const r = cli.run('export', 'bot.botloom', '--to', 'chatlayer', '--out', 'out.json');
    expect(r.stderr).toContain(
      'botloom: kept 3 new Chatlayer ids in bot.botloom (the undoable step "Chatlayer ids for 3 new blocks")\n',
    );
  });
});

describe('botloom export --to chatlayer: warnings of what Chatlayer cannot resolve', () => {
  it('prints each with the block, the field, what Chatlayer does and the fix', () => {
    const p = project({
      blocks: [
        message('welcome', { name: 'Welcome', text: 'You said {lastUserMessage}', next: 'call' }),
        api('call', {
          url: 'https://shop.example',
          headers: { Authorization: 'Bearer {secrets.token}' },
          onError: 'welcome',
        }),
        code('calc', { code: "ChatlayerResponseBuilder().setNextDialogState('welcome').send();" }),
      ],
      chatlayer: { ids: { welcome: 'w-1', call: 'c-1', calc: 'k-1' } },
    });
    cli.file('bot.json', stringifyProject(p));
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer');
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('botloom: warning: '));
    expect(lines).toEqual([
      expect.stringMatching(
        /^botloom: warning: block calc code: line 1, column 47: setNextDialogState\('welcome'\) names the Botloom block "welcome"; .* exported as the dialog state "w-1"/,
      ),
      expect.stringMatching(
        /^botloom: warning: block call headers\.Authorization: reads \{secrets\.token\}, a Botloom secret/,
      ),
      expect.stringMatching(
        /^botloom: warning: block call onError: sends failures to its own error route \("welcome"\); .*Error occurred/,
      ),
      expect.stringMatching(
        /^botloom: warning: block "Welcome" \(welcome\) messages\[0\]\.text: reads \{lastUserMessage\}, a Botloom built-in: .*\{internal\.messageContent\}/,
      ),
    ]);
  });
});
