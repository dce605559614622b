import { describe, expect, it } from 'vitest';
import { apply, block, pizzaProject, refuse } from '../fixtures';

describe('connect', () => {
  it('sets an optional slot by name', () => {
    const { project } = apply(pizzaProject(), {
      type: 'connect',
      block: 'not_understood',
      slot: 'next',
      target: 'welcome',
    });
    expect(block(project, 'not_understood')).toMatchObject({ next: 'welcome' });
  });

  it('re-points a button addressed by its JSON path', () => {
    const { project } = apply(pizzaProject(), {
      type: 'connect',
      block: 'ask_size',
      slot: ['messages', 0, 'buttons', 0, 'goTo'],
      target: 'done',
    });
    expect(block(project, 'ask_size')).toMatchObject({
      messages: [{ buttons: [{ title: 'Large', goTo: 'done' }, {}] }],
    });
  });

  it('re-points a rule addressed by its index', () => {
    const { project } = apply(pizzaProject(), { type: 'connect', block: 'route', slot: 0, target: 'done' });
    expect(block(project, 'route')).toMatchObject({ rules: [{ goTo: 'done' }] });
  });

  it('refuses a slot the block type does not have, a link button and an unknown target', () => {
    expect(
      refuse(pizzaProject(), { type: 'connect', block: 'route', slot: 'next', target: 'done' }).code,
    ).toBe('invalid-reference-slot');
    expect(
      refuse(pizzaProject(), {
        type: 'connect',
        block: 'ask_size',
        slot: ['messages', 0, 'buttons', 1, 'goTo'],
        target: 'done',
      }).code,
    ).toBe('invalid-reference-slot');
    expect(
      refuse(pizzaProject(), { type: 'connect', block: 'welcome', slot: 'next', target: 'ghost' }),
    ).toMatchObject({ code: 'unknown-block', path: ['target'] });
  });
});

describe('disconnect', () => {
  it('clears an optional slot', () => {
    const { project } = apply(pizzaProject(), { type: 'disconnect', block: 'check_stock', slot: 'onError' });
    expect(block(project, 'check_stock')).not.toHaveProperty('onError');
  });

  it('removes a rule together with its target', () => {
    const { project } = apply(pizzaProject(), { type: 'disconnect', block: 'route', slot: 0 });
    expect(block(project, 'route')).toMatchObject({ rules: [], else: 'ask_email' });
  });

  it('refuses to clear a button target, which is required', () => {
    expect(
      refuse(pizzaProject(), {
        type: 'disconnect',
        block: 'ask_size',
        slot: ['messages', 0, 'buttons', 0, 'goTo'],
      }).code,
    ).toBe('reference-required');
  });
});
