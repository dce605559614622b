// Edits of transition sets (nextSet, a rule's set, elseSet) and of the Error occurred block.
import { describe, expect, it } from 'vitest';
import { apply, block, pizzaProject, refuse } from '../fixtures';

describe('transition sets through updateBlock', () => {
  it('adds, reorders and removes the sets of next, a rule and else, each undoable', () => {
    let { project } = apply(pizzaProject(), {
      type: 'updateBlock',
      id: 'welcome',
      patch: { nextSet: [{ variable: 'tries', value: '{tries|increment}' }] },
    });
    expect(block(project, 'welcome')).toMatchObject({
      nextSet: [{ variable: 'tries', value: '{tries|increment}' }],
    });
    const route = block(project, 'route');
    if (route.type !== 'goto') throw new Error('route is a goto');
    ({ project } = apply(project, {
      type: 'updateBlock',
      id: 'route',
      patch: {
        rules: [{ ...route.rules[0]!, set: [{ variable: 'big', value: true }] }],
        elseSet: [
          { variable: 'a', value: '1' },
          { variable: 'b', value: '{a}' },
        ],
      },
    }));
    expect(block(project, 'route')).toMatchObject({
      rules: [{ set: [{ variable: 'big', value: true }] }],
      elseSet: [{ variable: 'a' }, { variable: 'b' }],
    });
    ({ project } = apply(project, { type: 'updateBlock', id: 'route', patch: { elseSet: null } }));
    expect(block(project, 'route')).not.toHaveProperty('elseSet');
  });

  it('refuses a set whose variable is not a path', () => {
    expect(
      refuse(pizzaProject(), {
        type: 'updateBlock',
        id: 'welcome',
        patch: { nextSet: [{ variable: 'a b', value: 1 }] },
      }),
    ).toMatchObject({ code: 'invalid-patch', path: ['patch', 'nextSet', 0, 'variable'] });
  });

  it('renameVariable rewrites the variable and the templates of transition sets', () => {
    const start = apply(pizzaProject(), {
      type: 'updateBlock',
      id: 'welcome',
      patch: {
        nextSet: [
          { variable: 'order.size', value: '{order.size|toUpperCase}' },
          { variable: 'variable', value: 'kept' },
        ],
      },
    }).project;
    const { project } = apply(start, { type: 'renameVariable', from: 'order.size', to: 'pizza.size' });
    expect(block(project, 'welcome')).toMatchObject({
      nextSet: [
        { variable: 'pizza.size', value: '{pizza.size|toUpperCase}' },
        { variable: 'variable', value: 'kept' },
      ],
    });
  });
});

describe('the Error occurred block setting', () => {
  it('is set and cleared by updateSettings, and must name an existing block', () => {
    let { project } = apply(pizzaProject(), {
      type: 'updateSettings',
      patch: { errorBlock: 'not_understood' },
    });
    expect(project.errorBlock).toBe('not_understood');
    ({ project } = apply(project, { type: 'updateSettings', patch: { errorBlock: null } }));
    expect(project).not.toHaveProperty('errorBlock');
    expect(refuse(project, { type: 'updateSettings', patch: { errorBlock: 'ghost' } })).toMatchObject({
      code: 'unknown-block',
      path: ['patch', 'errorBlock'],
    });
  });

  it('follows a renamed block and is reported dangling when its block is deleted', () => {
    let { project } = apply(pizzaProject(), { type: 'updateSettings', patch: { errorBlock: 'done' } });
    ({ project } = apply(project, { type: 'renameBlock', from: 'done', to: 'finished' }));
    expect(project.errorBlock).toBe('finished');
    const deleted = apply(project, { type: 'deleteBlocks', ids: ['finished'] });
    expect(deleted.report.dangling).toContainEqual({ path: ['settings', 'errorBlock'], target: 'finished' });
  });
});
