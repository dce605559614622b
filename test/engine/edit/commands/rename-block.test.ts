import { describe, expect, it } from 'vitest';
import { apply, block, pizzaProject, refuse } from '../fixtures';

describe('renameBlock', () => {
  it('updates every kind of reference across the project', () => {
    const { project } = apply(pizzaProject(), { type: 'renameBlock', from: 'welcome', to: 'hello' });
    expect(block(project, 'hello')).toMatchObject({ type: 'message', next: 'ask_size' });
    expect(project.startBlock).toBe('hello');
    expect(block(project, 'done')).toMatchObject({ next: 'hello' });
    expect(block(project, 'check_stock')).toMatchObject({ body: { back: { $block: 'hello' } } });
    expect(project.tests[0]!.startBlock).toBe('hello');
    expect(project.chatlayer!.ids).toEqual({ hello: 'id-1', ask_size: 'id-2' });
    expect(JSON.stringify(project)).not.toContain('"welcome"');
  });

  it('updates buttons, rules, else, onError, onFail, fallback, intents and expectBlock steps', () => {
    let project = pizzaProject();
    for (const [from, to] of [
      ['route', 'router'],
      ['check_stock', 'stock'],
      ['ask_email', 'email'],
      ['not_understood', 'nope'],
      ['ask_size', 'size'],
    ] as const)
      project = apply(project, { type: 'renameBlock', from, to }).project;
    expect(block(project, 'size')).toMatchObject({
      messages: [{ buttons: [{ goTo: 'router' }, { url: 'https://x' }] }],
    });
    expect(block(project, 'router')).toMatchObject({ rules: [{ goTo: 'stock' }], else: 'email' });
    expect(block(project, 'stock')).toMatchObject({ next: 'email', onError: 'nope' });
    expect(block(project, 'email')).toMatchObject({ onFail: 'nope' });
    expect(project.fallbackBlock).toBe('nope');
    expect(project.intents[0]!.block).toBe('size');
    expect(project.tests[0]!.steps[1]).toEqual({ expectBlock: 'email' });
    expect(project.chatlayer!.ids).toEqual({ welcome: 'id-1', size: 'id-2' });
  });

  it('renames a block that refers to itself in one op', () => {
    const start = apply(pizzaProject(), {
      type: 'connect',
      block: 'ask_email',
      slot: 'onFail',
      target: 'ask_email',
    }).project;
    const { project, diff } = apply(start, { type: 'renameBlock', from: 'ask_email', to: 'email' });
    expect(block(project, 'email')).toMatchObject({ onFail: 'email' });
    expect(diff.ops.filter((o) => o.kind === 'blocks' && o.key === 'email')).toHaveLength(1);
  });

  it('refuses a taken id, an unknown block and an invalid id', () => {
    expect(refuse(pizzaProject(), { type: 'renameBlock', from: 'welcome', to: 'done' }).code).toBe(
      'id-taken',
    );
    expect(refuse(pizzaProject(), { type: 'renameBlock', from: 'ghost', to: 'x' }).code).toBe(
      'unknown-block',
    );
    expect(refuse(pizzaProject(), { type: 'renameBlock', from: 'welcome', to: 'not valid!' }).code).toBe(
      'invalid-id',
    );
  });
});
