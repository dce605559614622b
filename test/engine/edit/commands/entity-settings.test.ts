// The Entities panel's edits: updateSettings replaces the project's entities and the entity threshold as undoable
// steps (the fixture's `apply` checks that each diff undoes and redoes exactly), null removes them, and the command
// schema (what the host checks) refuses a bad entity.
import { describe, expect, it } from 'vitest';
import { Command } from '../../../../engine/edit';
import { apply, pizzaProject } from '../fixtures';

const size = { name: 'size', kind: 'match' as const, values: [{ value: 'large', synonyms: ['big', 'XL'] }] };
const ticket = { name: 'ticket', kind: 'regex' as const, pattern: '\\bT-\\d{4}\\b', flags: 'i' };

describe('updateSettings: entities', () => {
  it('adds, edits and removes entities as undoable steps', () => {
    const first = apply(pizzaProject(), { type: 'updateSettings', patch: { entities: [size] } });
    let project = first.project;
    expect(project.entities).toEqual([size]);
    expect(first.diff.ops).toMatchObject([{ op: 'put', kind: 'settings', key: 'entities' }]);
    const small = { ...size, values: [...size.values, { value: 'small' }] };
    ({ project } = apply(project, { type: 'updateSettings', patch: { entities: [small, ticket] } }));
    expect(project.entities).toEqual([small, ticket]);
    ({ project } = apply(project, { type: 'updateSettings', patch: { entities: null } }));
    expect(project.entities).toBeUndefined();
  });

  it('sets the entity threshold beside the intent threshold as one undoable step', () => {
    const { project } = apply(pizzaProject(), {
      type: 'updateSettings',
      patch: { nlp: { threshold: 0.7, entityThreshold: 0.9 } },
    });
    expect(project.nlp).toEqual({ threshold: 0.7, entityThreshold: 0.9 });
  });

  it('is refused by the command schema for a match entity without values, a reserved name or a bad threshold', () => {
    const parse = (patch: unknown) => Command.safeParse({ type: 'updateSettings', patch });
    expect(parse({ entities: [{ ...size, values: [] }] }).error?.issues[0]?.message).toBe(
      'a match entity needs at least one value',
    );
    expect(parse({ entities: [{ ...size, name: 'sys' }] }).error?.issues[0]?.message).toMatch(/reserved/);
    expect(parse({ nlp: { threshold: 0.7, entityThreshold: 1.5 } }).success).toBe(false);
    expect(parse({ entities: [size, ticket] }).success).toBe(true);
  });
});
