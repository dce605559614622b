import { describe, expect, it } from 'vitest';
import { apply, block, message, pizzaProject, refuse } from '../fixtures';

describe('addBlock', () => {
  it('appends a block to the flow, applying schema defaults', () => {
    const { project, report } = apply(pizzaProject(), {
      type: 'addBlock',
      flow: 'support',
      block: { id: 'route2', type: 'goto', rules: [] },
    });
    expect(project.flows[1]!.blocks.at(-1)).toEqual({ id: 'route2', type: 'goto', rules: [] });
    expect(report.created).toEqual(['route2']);
  });

  it('inserts at an index', () => {
    const { project } = apply(pizzaProject(), {
      type: 'addBlock',
      flow: 'main',
      block: message('first'),
      index: 0,
    });
    expect(project.flows[0]!.blocks[0]!.id).toBe('first');
  });

  it('refuses an id that another flow already uses', () => {
    expect(refuse(pizzaProject(), { type: 'addBlock', flow: 'main', block: message('done') })).toMatchObject({
      code: 'id-taken',
      path: ['block', 'id'],
    });
  });

  it('refuses an unknown flow', () => {
    expect(refuse(pizzaProject(), { type: 'addBlock', flow: 'nope', block: message('x') }).code).toBe(
      'unknown-flow',
    );
  });
});

describe('updateBlock', () => {
  it('patches fields and removes the ones set to null', () => {
    const { project } = apply(pizzaProject(), {
      type: 'updateBlock',
      id: 'check_stock',
      patch: { method: 'POST', onError: null },
    });
    expect(block(project, 'check_stock')).toMatchObject({ method: 'POST' });
    expect(block(project, 'check_stock')).not.toHaveProperty('onError');
  });

  it('refuses a patch that makes the block invalid, without changing anything', () => {
    const before = pizzaProject();
    const error = refuse(before, { type: 'updateBlock', id: 'ask_email', patch: { maxAttempts: 0 } });
    expect(error).toMatchObject({ code: 'invalid-patch', path: ['patch', 'maxAttempts'] });
    expect(before).toEqual(pizzaProject());
  });

  it('refuses unknown fields (strict blocks)', () => {
    expect(
      refuse(pizzaProject(), { type: 'updateBlock', id: 'welcome', patch: { colour: 'red' } }).code,
    ).toBe('invalid-patch');
  });

  it('refuses an id change (renameBlock does that)', () => {
    expect(
      refuse(pizzaProject(), { type: 'updateBlock', id: 'welcome', patch: { id: 'hello' } }),
    ).toMatchObject({ code: 'invalid-patch', path: ['patch', 'id'] });
  });

  it('gives an empty diff when the patch changes nothing', () => {
    const before = pizzaProject();
    const { project, diff } = apply(before, {
      type: 'updateBlock',
      id: 'welcome',
      patch: { next: 'ask_size' },
    });
    expect(diff.ops).toEqual([]);
    expect(project).toBe(before);
  });
});

describe('moveBlocks', () => {
  it('sets the positions of many blocks in one diff', () => {
    const { project, diff } = apply(pizzaProject(), {
      type: 'moveBlocks',
      moves: [
        { id: 'welcome', position: { x: 10, y: 20 } },
        { id: 'done', position: { x: -5, y: 0 } },
      ],
    });
    expect(block(project, 'welcome').position).toEqual({ x: 10, y: 20 });
    expect(block(project, 'done').position).toEqual({ x: -5, y: 0 });
    expect(diff.ops.map((o) => o.key)).toEqual(['welcome', 'done']);
  });

  it('refuses the whole move when one block is unknown', () => {
    expect(
      refuse(pizzaProject(), {
        type: 'moveBlocks',
        moves: [
          { id: 'welcome', position: { x: 1, y: 1 } },
          { id: 'ghost', position: { x: 0, y: 0 } },
        ],
      }),
    ).toMatchObject({ code: 'unknown-block', path: ['moves', 1, 'id'] });
  });
});

describe('deleteBlocks', () => {
  it('removes blocks and reports every reference left dangling', () => {
    const { project, report } = apply(pizzaProject(), { type: 'deleteBlocks', ids: ['ask_email'] });
    expect(project.flows[0]!.blocks.map((b) => b.id)).not.toContain('ask_email');
    expect(report.dangling).toEqual([
      { path: ['blocks', 'route', 'else'], target: 'ask_email' },
      { path: ['blocks', 'check_stock', 'next'], target: 'ask_email' },
      { path: ['tests', 0, 'steps', 1, 'expectBlock'], target: 'ask_email' },
    ]);
  });

  it('with reconnect, re-points references to a deleted block that only had a next', () => {
    const { project, report } = apply(pizzaProject(), {
      type: 'deleteBlocks',
      ids: ['welcome'],
      reconnect: true,
    });
    expect(project.startBlock).toBe('ask_size');
    expect(block(project, 'done')).toMatchObject({ next: 'ask_size' });
    expect(block(project, 'check_stock')).toMatchObject({ body: { back: { $block: 'ask_size' } } });
    // Tests are assertions: they keep naming the deleted block and are reported, not rewritten.
    expect(report.dangling).toEqual([{ path: ['tests', 0, 'startBlock'], target: 'welcome' }]);
  });

  it('reconnects through a chain of deleted blocks to the first survivor', () => {
    const start = apply(pizzaProject(), {
      type: 'addBlock',
      flow: 'main',
      block: message('hop', { next: 'welcome' }),
    }).project;
    const { project } = apply(start, { type: 'deleteBlocks', ids: ['hop', 'welcome'], reconnect: true });
    expect(project.startBlock).toBe('ask_size');
  });

  it('leaves references dangling without reconnect', () => {
    const { project } = apply(pizzaProject(), { type: 'deleteBlocks', ids: ['welcome'] });
    expect(project.startBlock).toBe('welcome');
  });

  it('refuses an unknown id', () => {
    expect(refuse(pizzaProject(), { type: 'deleteBlocks', ids: ['welcome', 'ghost'] })).toMatchObject({
      code: 'unknown-block',
      path: ['ids', 1],
    });
  });
});
