// exportChatlayerBot's stable ids: new ids for new blocks, kept ids on re-export, and refusals by JSON path.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import type { Project } from '../../../../engine/model';
import { api, flow, message, project } from '../../../builders';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

const twoBlocks = () =>
  project({ blocks: [message('welcome', { next: 'bye' }), message('bye', { text: 'Bye!' })] });

describe('exportChatlayerBot: stable ids', () => {
  it('gives each block a new id and returns the project holding them', () => {
    const r = ok(exportChatlayerBot(twoBlocks(), { newId: seededIds(1) }));
    const ids = r.project.chatlayer!.ids!;
    expect(Object.keys(ids).sort()).toEqual(['bye', 'welcome']);
    expect(ids.welcome).not.toBe(ids.bye);
    expect(r.assigned).toEqual(['bye', 'welcome']);
    expect(byLabel(r, 'welcome')).toMatchObject({ id: ids.welcome, nextDialogstateId: ids.bye });
    expect(r.bot.defaultDialogstates).toEqual({ introduction: ids.welcome });
  });

  it('keeps stored ids on re-export and gives only a new block a new id', () => {
    const first = ok(exportChatlayerBot(twoBlocks(), { newId: seededIds(1) }));
    const grown: Project = {
      ...first.project,
      flows: [flow('main', [...first.project.flows[0]!.blocks, message('extra')])],
    };
    // The same seed again: the source repeats ids already taken, which must be skipped.
    const second = ok(exportChatlayerBot(grown, { newId: seededIds(1) }));
    expect(second.assigned).toEqual(['extra']);
    const ids = second.project.chatlayer!.ids!;
    expect(ids.welcome).toBe(first.project.chatlayer!.ids!.welcome);
    expect(new Set(Object.values(ids)).size).toBe(3);
  });

  it('writes flows and dialog states by id, whatever their order in the project', () => {
    const p = project({
      flows: [flow('zeta', [message('b'), message('a', { next: 'b' })]), flow('alpha', [message('c')])],
      startBlock: 'a',
    });
    const r = ok(exportChatlayerBot(p, { newId: seededIds(1) }));
    expect(r.bot.flows.map((f) => [f.id, f.dialogstates.map((d) => d.label)])).toEqual([
      ['alpha', ['c']],
      ['zeta', ['a', 'b']],
    ]);
    expect(r.project.flows).toBe(p.flows);
  });

  it('returns the same project object when every block already has its id', () => {
    const first = ok(exportChatlayerBot(twoBlocks(), { newId: seededIds(1) }));
    const again = ok(exportChatlayerBot(first.project, { newId: seededIds(2) }));
    expect(again.project).toBe(first.project);
    expect(again.text).toBe(first.text);
  });

  it('gives a fresh id to the second (by id) of two blocks that share a stored id, and to an empty one', () => {
    const p = { ...twoBlocks(), chatlayer: { ids: { welcome: 'same', bye: 'same' } } };
    const r = ok(exportChatlayerBot(p, { newId: seededIds(3) }));
    expect(r.assigned).toEqual(['welcome']);
    expect(r.project.chatlayer!.ids!.bye).toBe('same');
    const empty = ok(
      exportChatlayerBot({ ...twoBlocks(), chatlayer: { ids: { welcome: '' } } }, { newId: seededIds(3) }),
    );
    expect(empty.assigned).toEqual(['bye', 'welcome']);
  });

  it('keeps the ids of deleted blocks, so a block restored later gets its old id back', () => {
    const p = {
      ...twoBlocks(),
      chatlayer: { botId: 'b1', ids: { old: 'id-old', welcome: 'id-w', bye: 'id-b' } },
    };
    const r = ok(exportChatlayerBot(p));
    expect(r.bot.botloom.chatlayer).toEqual({ botId: 'b1', ids: { old: 'id-old' } });
    const back = importChatlayerBot(r.text);
    expect(back.ok && back.project.chatlayer).toEqual(p.chatlayer);
  });

  it('refuses a project with references it cannot map, naming each JSON path', () => {
    const p = project({
      startBlock: 'nowhere',
      blocks: [
        message('a', { next: 'ghost' }),
        api('b', { query: { back: { $block: 'gone' } } }),
        message('a'),
      ],
    });
    const r = exportChatlayerBot(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((x) => `${x.code} ${x.path}`)).toEqual([
      'duplicate-block-id flows[0].blocks[2].id',
      'unknown-block startBlock',
      'unknown-block flows[0].blocks[0].next',
      'unknown-block flows[0].blocks[1].query.back.$block',
    ]);
    expect(r.problems[1]!.message).toBe(
      'refers to block "nowhere", which does not exist: point it at an existing block (botloom validate lists these).',
    );
  });
});
