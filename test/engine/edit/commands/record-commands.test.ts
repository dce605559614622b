import { describe, expect, it } from 'vitest';
import { apply, pizzaProject, refuse } from '../fixtures';

describe('setIntent / deleteIntent', () => {
  it('adds, replaces and deletes intents by id', () => {
    let { project } = apply(pizzaProject(), {
      type: 'setIntent',
      intent: { id: 'help', examples: ['help me'], block: 'not_understood' },
    });
    ({ project } = apply(project, {
      type: 'setIntent',
      intent: { id: 'order_pizza', examples: ['pizza!'] },
    }));
    expect(project.intents).toEqual([
      { id: 'order_pizza', examples: ['pizza!'] },
      { id: 'help', examples: ['help me'], block: 'not_understood' },
    ]);
    ({ project } = apply(project, { type: 'deleteIntent', id: 'help' }));
    expect(project.intents.map((i) => i.id)).toEqual(['order_pizza']);
  });

  it('refuses an intent that jumps to an unknown block, and deleting an unknown intent', () => {
    expect(
      refuse(pizzaProject(), { type: 'setIntent', intent: { id: 'x', examples: ['x'], block: 'ghost' } })
        .code,
    ).toBe('unknown-block');
    expect(refuse(pizzaProject(), { type: 'deleteIntent', id: 'ghost' }).code).toBe('unknown-intent');
  });
});

describe('setTest / deleteTest', () => {
  it('replaces a test by name, appends a new one and deletes by index', () => {
    let { project } = apply(pizzaProject(), {
      type: 'setTest',
      test: { name: 'orders', steps: [{ expectEnd: true }] },
    });
    expect(project.tests).toEqual([{ name: 'orders', steps: [{ expectEnd: true }] }]);
    ({ project } = apply(project, { type: 'setTest', test: { name: 'second', steps: [] } }));
    expect(project.tests.map((t) => t.name)).toEqual(['orders', 'second']);
    ({ project } = apply(project, { type: 'deleteTest', index: 0 }));
    expect(project.tests.map((t) => t.name)).toEqual(['second']);
  });

  it('refuses an index past the end', () => {
    expect(refuse(pizzaProject(), { type: 'setTest', test: { name: 'x', steps: [] }, index: 5 }).code).toBe(
      'unknown-test',
    );
    expect(refuse(pizzaProject(), { type: 'deleteTest', index: 1 }).code).toBe('unknown-test');
  });
});

describe('setMock / deleteMock', () => {
  it('appends, replaces at an index and deletes', () => {
    const mock = { method: 'POST' as const, url: 'https://api/*', status: 500 };
    let { project } = apply(pizzaProject(), { type: 'setMock', mock });
    expect(project.mocks[1]).toEqual(mock);
    ({ project } = apply(project, { type: 'setMock', mock: { ...mock, status: 201 }, index: 0 }));
    expect(project.mocks[0]!.status).toBe(201);
    ({ project } = apply(project, { type: 'deleteMock', index: 1 }));
    expect(project.mocks).toHaveLength(1);
    expect(refuse(project, { type: 'deleteMock', index: 1 }).code).toBe('unknown-mock');
  });
});

describe('updateSettings', () => {
  it('changes name, language, start block and clears the fallback', () => {
    const { project } = apply(pizzaProject(), {
      type: 'updateSettings',
      patch: {
        name: 'Pasta bot',
        language: 'nl-BE',
        startBlock: 'ask_size',
        fallbackBlock: null,
        nlp: { threshold: 0.5 },
      },
    });
    expect(project).toMatchObject({
      name: 'Pasta bot',
      language: 'nl-BE',
      startBlock: 'ask_size',
      nlp: { threshold: 0.5 },
    });
    expect(project).not.toHaveProperty('fallbackBlock');
  });

  it('refuses a start block that does not exist', () => {
    expect(refuse(pizzaProject(), { type: 'updateSettings', patch: { startBlock: 'ghost' } })).toMatchObject({
      code: 'unknown-block',
      path: ['patch', 'startBlock'],
    });
  });
});
