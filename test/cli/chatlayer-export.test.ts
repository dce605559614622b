import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importChatlayerBot } from '../../engine/chatlayer';
import { parseProject, stringifyProject } from '../../engine/format';
import { allBlocks, type Project } from '../../engine/model';
import { openProject } from '../../electron/services/project-store';
import { buttons, flow, jump, message, project } from '../builders';
import { CliSandbox, NO_STACK } from './run-cli';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const bot = () =>
  project({
    name: 'Shop',
    blocks: [
      message('welcome', { messages: [buttons('Pick', [jump('Go', 'ask', { 'order.size': 'large' })])] }),
      message('ask', { text: 'What?', next: 'bye' }),
      message('bye', { text: 'Bye!' }),
    ],
  });

const readProject = (name: string): Project => {
  const r = parseProject(readFileSync(cli.path(name), 'utf8'));
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.project;
};
const kept = (folder: string) => (existsSync(cli.path(folder)) ? readdirSync(cli.path(folder)).sort() : []);
const TIME = '\\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)';

describe('botloom export --to chatlayer', () => {
  it('writes the bot JSON, saves the new ids to the .json source and keeps the export beside it', () => {
    cli.file('bot.json', stringifyProject(bot()));
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'out.json');
    expect(r.status).toBe(0);
    const text = readFileSync(cli.path('out.json'), 'utf8');
    expect(JSON.parse(text).format).toBe('botloom-chatlayer/1');
    const ids = readProject('bot.json').chatlayer?.ids ?? {};
    expect(Object.keys(ids).sort()).toEqual(['ask', 'bye', 'welcome']);
    const back = importChatlayerBot(text);
    expect(back.ok && back.project).toEqual(readProject('bot.json'));
    const history = kept('bot.json.chatlayer-exports');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.json$/);
    expect(readFileSync(cli.path(`bot.json.chatlayer-exports/${history[0]}`), 'utf8')).toBe(text);
    expect(r.stderr).toBe(
      [
        'botloom: exported bot.json as chatlayer to out.json',
        'botloom: kept 3 new Chatlayer ids in bot.json (only the lines of its chatlayer.ids changed)',
        'botloom: First export of this project for Chatlayer.',
        `botloom: kept this export as bot.json.chatlayer-exports/${history[0]}`,
        '',
      ].join('\n'),
    );
  });

  it('keeps the ids on re-export: same bytes, source untouched, "No change" printed', () => {
    cli.file('bot.json', stringifyProject(bot()));
    cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'first.json');
    const source = readFileSync(cli.path('bot.json'), 'utf8');
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(cli.path('first.json'), 'utf8'));
    expect(readFileSync(cli.path('bot.json'), 'utf8')).toBe(source);
    expect(r.stderr).toMatch(new RegExp(`^botloom: No change since the previous export ${TIME}\\.\\n`));
    expect(kept('bot.json.chatlayer-exports')).toHaveLength(2);
  });

  it('prints what changed since the previous export and gives only the new block a new id', () => {
    cli.file('bot.json', stringifyProject(bot()));
    cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'first.json');
    const before = readProject('bot.json');
    const edited: Project = {
      ...before,
      flows: [
        flow('main', [
          ...before.flows[0]!.blocks.filter((b) => b.id !== 'bye').map((b) =>
            b.id === 'ask' ? { ...b, next: 'extra' } : b,
          ),
          message('extra', { text: 'More?' }),
          message('more', { text: 'Even more' }),
        ]),
      ],
    };
    writeFileSync(cli.path('bot.json'), stringifyProject(edited));
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'second.json');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `botloom: Changed since the previous export ${TIME}: 2 blocks added \\(extra, more\\), 1 changed \\(ask\\), 1 removed \\(bye\\)\\.\\n`,
      ),
    );
    const ids = readProject('bot.json').chatlayer!.ids!;
    expect(ids.welcome).toBe(before.chatlayer!.ids!.welcome);
    expect(ids.ask).toBe(before.chatlayer!.ids!.ask);
    expect(ids.bye).toBe(before.chatlayer!.ids!.bye);
    expect(ids.extra).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(Object.values(ids)).size).toBe(5);
  });

  it('saves the ids into a .botloom source as one undoable step and adds the revision "Exported to Chatlayer"', () => {
    cli.file('bot.json', stringifyProject(bot()));
    expect(cli.run('import', 'bot.json', '--out', 'bot.botloom').status).toBe(0);
    const r = cli.run('export', 'bot.botloom', '--to', 'chatlayer', '--out', 'out.json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('botloom: added the revision "Exported to Chatlayer" to bot.botloom\n');
    const again = cli.run('export', 'bot.botloom', '--to', 'chatlayer');
    expect(again.stdout).toBe(readFileSync(cli.path('out.json'), 'utf8'));
    const opened = openProject(cli.path('bot.botloom'), { autoCheckpointMs: 0, heartbeatMs: 0 });
    if (!opened.ok) throw new Error(opened.error.message);
    try {
      const store = opened.value;
      expect(Object.keys(store.project.chatlayer!.ids!).sort()).toEqual(['ask', 'bye', 'welcome']);
      const exports = store.listRevisions().filter((v) => v.name === 'Exported to Chatlayer');
      expect(exports.map((v) => v.rev)).toEqual([store.revision, store.revision]);
      const undone = store.undo();
      expect(undone.ok && undone.value?.label).toBe('Chatlayer ids for 3 new blocks');
      expect(store.project.chatlayer?.ids).toBeUndefined();
    } finally {
      opened.value.close();
    }
    expect(kept('bot.botloom.chatlayer-exports')).toHaveLength(2);
  });

  it('refuses a project with dangling references, listing their paths, and keeps nothing', () => {
    const broken = project({ blocks: [message('welcome', { next: 'ghost' })] });
    cli.file('bot.json', stringifyProject(broken));
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'out.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      [
        'botloom: cannot export bot.json for Chatlayer: 1 problem',
        '  bot.json flows[0].blocks[0].next: refers to block "ghost", which does not exist: point it at an existing block (botloom validate lists these).',
        'Fix it and run the command again.',
        '',
      ].join('\n'),
    );
    expect(existsSync(cli.path('out.json'))).toBe(false);
    expect(kept('bot.json.chatlayer-exports')).toEqual([]);
    expect(readFileSync(cli.path('bot.json'), 'utf8')).toBe(stringifyProject(broken));
  });

  it('prints the warnings of things Chatlayer will do differently', () => {
    const p = project({
      blocks: [
        message('welcome', {
          messages: [
            buttons(
              'Pick',
              ['a', 'b', 'c', 'd'].map((t) => jump(t, 'welcome')),
            ),
          ],
        }),
      ],
    });
    cli.file('bot.json', stringifyProject(p));
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer');
    expect(r.stderr).toContain(
      'botloom: warning: block welcome message 1 has 4 buttons; Chatlayer shows at most 3.\n',
    );
  });

  it('says so when the previous kept export cannot be read back, and goes on', () => {
    cli.file('bot.json', stringifyProject(bot()));
    mkdirSync(cli.path('bot.json.chatlayer-exports'));
    cli.file('bot.json.chatlayer-exports/2020-01-01T00-00-00.000Z.json', '{ "format": "something else" }');
    const r = cli.run('export', 'bot.json', '--to', 'chatlayer');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'botloom: warning: the previous export bot.json.chatlayer-exports/2020-01-01T00-00-00.000Z.json cannot be read back (',
    );
    expect(kept('bot.json.chatlayer-exports')).toHaveLength(2);
  });

  it('refuses to write into a .botloom file or over the project itself', () => {
    cli.file('bot.json', stringifyProject(bot()));
    expect(cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'x.botloom')).toMatchObject({
      status: 2,
      stderr:
        'botloom: --to chatlayer writes a file for chatlayer, not a .botloom project: give --out a .json name.\n',
    });
    expect(cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'bot.json')).toMatchObject({
      status: 2,
      stderr: 'botloom: --out bot.json is the project itself: write the export to another file.\n',
    });
  });
});

describe('botloom import --from chatlayer', () => {
  it('gives back the project, into .json or .botloom, and re-exporting it gives the same bytes', () => {
    cli.file('bot.json', stringifyProject(bot()));
    cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'cl.json');
    const r = cli.run('import', 'cl.json', '--from', 'chatlayer', '--out', 'back.json');
    expect(r).toMatchObject({
      status: 0,
      stderr: 'botloom: imported cl.json into back.json (3 blocks in 1 flow)\n',
    });
    expect(readFileSync(cli.path('back.json'), 'utf8')).toBe(readFileSync(cli.path('bot.json'), 'utf8'));
    expect(cli.run('import', 'cl.json', '--from', 'chatlayer', '--out', 'back.botloom').status).toBe(0);
    expect(cli.run('export', 'back.botloom', '--to', 'chatlayer').stdout).toBe(
      readFileSync(cli.path('cl.json'), 'utf8'),
    );
    expect([...allBlocks(readProject('back.json'))].map((b) => b.id).sort()).toEqual([
      'ask',
      'bye',
      'welcome',
    ]);
  });

  it('reports a broken or foreign file with its path and line, exit 2, and writes nothing', () => {
    cli.file('bot.json', stringifyProject(bot()));
    cli.run('export', 'bot.json', '--to', 'chatlayer', '--out', 'cl.json');
    const doc = JSON.parse(readFileSync(cli.path('cl.json'), 'utf8'));
    doc.flows[0].dialogstates[0].nextDialogstateId = 'nope';
    cli.file('bad.json', JSON.stringify(doc, null, 2));
    const bad = cli.run('import', 'bad.json', '--from', 'chatlayer', '--out', 'p.json');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /bad\.json:\d+:\d+ flows\[0\]\.dialogstates\[0\]\.nextDialogstateId: "nope" is the id of no dialog state in this file/,
    );
    expect(bad.stderr).not.toMatch(NO_STACK);
    cli.file('foreign.json', { bot: 'from Chatlayer itself' });
    const foreign = cli.run('import', 'foreign.json', '--from', 'chatlayer', '--out', 'p.json');
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toContain("this is not a bot JSON written by Botloom's Chatlayer export");
    expect(existsSync(cli.path('p.json'))).toBe(false);
  });
});
