import { describe, expect, it } from 'vitest';
import { freshBlockId } from '../../../../engine/edit';
import { apply, block, message, pizzaProject, refuse } from '../fixtures';

describe('pasteBlocks', () => {
  it('renames colliding ids to _2, _3… and rewrites references among the pasted blocks', () => {
    const source = pizzaProject();
    const { project, report } = apply(source, {
      type: 'pasteBlocks',
      flow: 'support',
      blocks: [block(source, 'welcome'), block(source, 'ask_size'), message('ask_size_2')],
      offset: { x: 40, y: 40 },
    });
    // ask_size_2 is free and pasted as itself, so the copy of ask_size skips it.
    expect(report.created).toEqual(['welcome_2', 'ask_size_3', 'ask_size_2']);
    expect(report.renamed).toEqual({ welcome: 'welcome_2', ask_size: 'ask_size_3' });
    expect(block(project, 'welcome_2')).toMatchObject({ next: 'ask_size_3', position: { x: 40, y: 40 } });
    // `route` was not pasted but exists in the project: the button keeps pointing at it.
    expect(block(project, 'ask_size_3')).toMatchObject({ messages: [{ buttons: [{ goTo: 'route' }, {}] }] });
    expect(project.flows[1]!.blocks.map((b) => b.id)).toEqual([
      'not_understood',
      'done',
      'welcome_2',
      'ask_size_3',
      'ask_size_2',
    ]);
  });

  it('drops optional references to blocks missing from the target and reports required ones', () => {
    const { project, report } = apply(pizzaProject(), {
      type: 'pasteBlocks',
      flow: 'main',
      blocks: [
        message('other', { next: 'elsewhere' }),
        message('menu', {
          messages: [{ kind: 'buttons', text: 'Go', buttons: [{ title: 'A', goTo: 'far_away' }] }],
        }),
      ],
    });
    expect(block(project, 'other')).not.toHaveProperty('next');
    expect(report.dropped).toEqual([{ path: ['blocks', 'other', 'next'], target: 'elsewhere' }]);
    expect(report.dangling).toEqual([
      { path: ['blocks', 'menu', 'messages', 0, 'buttons', 0, 'goTo'], target: 'far_away' },
    ]);
  });

  it('renames a block pasted twice in one paste', () => {
    const { report } = apply(pizzaProject(), {
      type: 'pasteBlocks',
      flow: 'main',
      blocks: [message('x'), message('x')],
    });
    expect(report.created).toEqual(['x', 'x_2']);
  });

  it('refuses an unknown flow', () => {
    expect(refuse(pizzaProject(), { type: 'pasteBlocks', flow: 'nope', blocks: [message('x')] }).code).toBe(
      'unknown-flow',
    );
  });

  it('keeps generated ids within 64 characters', () => {
    const long = 'a'.repeat(64);
    expect(freshBlockId(long, (id) => id === long)).toBe(`${'a'.repeat(62)}_2`);
  });
});
